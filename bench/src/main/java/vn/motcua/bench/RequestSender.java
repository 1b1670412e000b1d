package vn.motcua.bench;

import java.util.concurrent.CompletableFuture;

/** Sends request number {@code index} of a run and completes with the HTTP status, or exceptionally when nothing came back. */
@FunctionalInterface
public interface RequestSender {

    CompletableFuture<Integer> send(long index);
}
