package fr.inserre.kiosk.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Races for tests: works started on their own threads and released at the same moment. */
public final class Concurrently {

    private Concurrently() {
    }

    /** Runs the same work on n threads released at once; each outcome is a result or the exception thrown. */
    public static List<Object> together(int n, Callable<Object> work) throws Exception {
        return together(Collections.nCopies(n, work));
    }

    /** Runs each work on its own thread, released at once; outcomes in the works' order. */
    public static List<Object> together(List<Callable<Object>> works) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(works.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> work : works) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return work.call();
                    } catch (Exception e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
