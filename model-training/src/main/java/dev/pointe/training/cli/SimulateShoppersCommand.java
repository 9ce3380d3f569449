package dev.pointe.training.cli;

import dev.pointe.training.seed.LiveShoppers;
import dev.pointe.training.seed.SeedCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.URI;
import java.util.concurrent.Callable;

@Command(name = "simulate-shoppers", mixinStandardHelpOptions = true,
        description = "Drives a running service with simulated shoppers of the seed catalogue: each has a latent look, opens a "
                + "product page of it, sees the complete-the-look answer, clicks and buys what fits its look, and sends its "
                + "impressions, clicks and purchases to POST /v1/events. With an experiment running, its report "
                + "(GET /admin/experiment/report) shows which arm shoppers liked: the demo of an A/B test.")
public final class SimulateShoppersCommand implements Callable<Integer> {

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "The service (default: ${DEFAULT-VALUE}).")
    URI url;

    @Option(names = "--shoppers", defaultValue = "500", description = "How many shoppers (default: ${DEFAULT-VALUE}).")
    int shoppers;

    @Option(names = "--seed", defaultValue = "7", description = "Random seed of their choices (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--first", defaultValue = "0", description = "Number of the first shopper; session ids are shopper-<n> (default: ${DEFAULT-VALUE}).")
    int first;

    @Override
    public Integer call() throws Exception {
        LiveShoppers.Result r = new LiveShoppers(url, SeedCatalogue.build(), seed).run(first, first + shoppers);
        System.out.printf("%,d shoppers: %,d impressions, %,d clicks, %,d purchases; %,d events stored%n", r.shoppers(), r.impressions(),
                r.clicks(), r.purchases(), r.eventsAccepted());
        return ExitCodes.OK;
    }
}
