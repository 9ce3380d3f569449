package dev.pointe.training.looks;

import java.util.List;

/**
 * One recommended item.
 *
 * @param item   item id
 * @param score  the ranking score (higher first); comparable only within one list
 * @param reason why it is there
 * @param shared colour/material/style values it shares with the seed (may be empty), for the reason text
 */
public record Suggestion(int item, double score, Reason reason, List<String> shared) {
}
