package org.w3id.cstokg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.cstokg.synthetic.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kg generate}: writes a synthetic corpus of fact files for benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes N synthetic fact files shaped like data/edm-19-2.yaml (same seed, same files), "
                + "for benchmarks: ./kg generate --files 100 --seed 42 --out target/corpus")
final class GenerateCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger("load");

    @Option(names = "--files", paramLabel = "N", required = true, description = "How many fact files.")
    int files;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write into.")
    Path out;

    @Override
    public Integer call() {
        if (files < 1) {
            System.err.println("kg: --files must be at least 1");
            return ExitCodes.of(Outcome.USAGE);
        }
        int n = CorpusGenerator.create().files(files).seed(seed).out(out).generate().size();
        LOG.info("Wrote {} synthetic fact files into {}", n, out);
        return ExitCodes.of(Outcome.OK);
    }
}
