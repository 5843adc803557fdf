package org.w3id.cstokg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.tdb2.params.StoreParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full build loads with a small node cache ({@link LoadingParams}), but the store it leaves is
 * served with TDB2's default parameters: nothing of the build's recorded in it.
 */
class TestLoadingParams {
    @TempDir Path temp;

    @Test
    void theLoadingCacheIsSmallerThanTdb2sDefault() {
        assertThat(LoadingParams.params().getNodeId2NodeCacheSize())
                .isLessThan(StoreParams.getDftStoreParams().getNodeId2NodeCacheSize());
        assertThat(LoadingParams.params().getNode2NodeIdCacheSize())
                .isEqualTo(StoreParams.getDftStoreParams().getNode2NodeIdCacheSize());
    }

    @Test
    void theBuiltStoreIsOpenedWithTdb2sDefaults() throws IOException {
        Path generation = Fixtures.buildStore(temp);
        try (Stream<Path> files = Files.walk(generation)) {
            assertThat(files.filter(p -> p.getFileName().toString().equals("tdb.cfg"))).isEmpty();
        }
        try (KgStore store = KgStore.open(temp)) {
            StoreParams served = TdbStorage.under(store.dataset().asDatasetGraph()).orElseThrow().getStoreParams();
            assertThat(served.getNodeId2NodeCacheSize()).isEqualTo(StoreParams.getDftStoreParams().getNodeId2NodeCacheSize());
        }
    }
}
