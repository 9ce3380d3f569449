package dev.pointe.service.adapter.in.web;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 connection on a plain socket, for keep-alive and pipelining tests that an HTTP client would hide:
 * bytes go out exactly as written, responses (Content-Length or chunked) are read one at a time, 5 s at most.
 */
final class RawHttp implements AutoCloseable {

    record Response(int status, String head, String body) {
    }

    private final Socket socket;
    private final InputStream in;

    private RawHttp(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
    }

    static RawHttp connect(int port) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(5_000);
        return new RawHttp(socket);
    }

    /** Writes the text (UTF-8) in one write: several requests in it are pipelined. */
    void send(String requests) throws IOException {
        socket.getOutputStream().write(requests.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }

    /** The next response on the connection. */
    Response read() throws IOException {
        return read(false);
    }

    /** The next response; {@code toHead}: the answer to a HEAD request (a Content-Length, but no body). */
    Response read(boolean toHead) throws IOException {
        String head = readHead();
        int status = Integer.parseInt(head.substring(9, 12));
        if (toHead) return new Response(status, head, "");
        String lower = head.toLowerCase(Locale.ROOT);
        String body;
        if (lower.contains("transfer-encoding: chunked")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (true) {
                int size = Integer.parseInt(readLine().trim(), 16);
                if (size == 0) {
                    readLine();
                    break;
                }
                out.write(in.readNBytes(size));
                readLine();
            }
            body = out.toString(StandardCharsets.UTF_8);
        } else {
            int at = lower.indexOf("content-length:");
            int length = at < 0 ? 0 : Integer.parseInt(lower.substring(at + 15, lower.indexOf("\r\n", at)).trim());
            body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        }
        return new Response(status, head, body);
    }

    private String readHead() throws IOException {
        StringBuilder head = new StringBuilder();
        String line;
        while (!(line = readLine()).isEmpty()) head.append(line).append("\r\n");
        return head.toString();
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) throw new EOFException("connection closed after: " + line);
            if (c != '\r') line.append((char) c);
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
