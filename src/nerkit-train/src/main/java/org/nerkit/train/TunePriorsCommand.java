package org.nerkit.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.nerkit.EntityExtractor;
import org.nerkit.recognize.LabelPriors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Tunes a model's label priors ({@link LabelPriors}) on OntoNotes dev, end to end through the
 * public API: coordinate ascent, one label at a time over a fixed grid of offsets, keeping a
 * change only when it raises micro-F1 over the five scored types, until a pass changes nothing.
 * Deterministic: the same model and data give the same priors.
 */
@Command(name = "nerkit-tune-priors", mixinStandardHelpOptions = true,
    description = "Tunes label priors for a name finder model on OntoNotes dev (end to end micro-F1).")
public final class TunePriorsCommand implements Callable<Integer> {

  @Option(names = "--ontonotes", required = true, description = "OntoNotes dev TSV (e.g. ../shared/data/ontonotes5/dev.tsv).")
  Path ontonotes;

  @Option(names = "--model", description = "Name finder model file (default: the bundled model).")
  Path model;

  @Option(names = "--labels", split = ",", defaultValue = "DATE,ORG,PERSON,GPE,LOC,NORP",
      description = "Labels to tune, in this order (default: ${DEFAULT-VALUE}).")
  List<String> labels;

  @Option(names = "--grid", split = ",", defaultValue = "-0.3,0,0.3,0.6,0.9,1.2",
      description = "Offsets tried for each label (default: ${DEFAULT-VALUE}).")
  List<Double> grid;

  @Option(names = "--passes", defaultValue = "3", description = "Most passes over the labels (default: ${DEFAULT-VALUE}).")
  int passes;

  @Option(names = "--write", description = "Write the tuned priors to this properties file (e.g. models/nerkit-en-ner.priors.properties).")
  Path write;

  @Override
  public Integer call() throws Exception {
    List<OntoNotesCorpus.TaggedDocument> documents = OntoNotesCorpus.read(ontonotes);
    LabelPriors current = LabelPriors.NONE;
    double best = score(current, documents);
    System.out.printf(Locale.ROOT, "%-40s %.2f%n", "(none)", best);
    for (int pass = 1; pass <= passes; pass++) {
      boolean changed = false;
      for (String label : labels) {
        LabelPriors bestHere = current;
        for (double offset : grid) {
          if (offset == current.offset(label)) {
            continue;
          }
          LabelPriors candidate = current.with(label, offset);
          double f1 = score(candidate, documents);
          System.out.printf(Locale.ROOT, "%-40s %.2f%n", candidate, f1);
          if (f1 > best) {
            best = f1;
            bestHere = candidate;
          }
        }
        changed |= !bestHere.equals(current);
        current = bestHere;
      }
      System.out.printf(Locale.ROOT, "after pass %d: %s %.2f%n", pass, current, best);
      if (!changed) {
        break;
      }
    }
    if (write != null) {
      StringBuilder file = new StringBuilder()
          .append("# Label priors for the name finder model beside this file (org.nerkit.recognize.LabelPriors):\n")
          .append("# offsets added to the model's log score of each label before decoding. Tuned on OntoNotes dev,\n")
          .append("# end to end (micro-F1 ").append(String.format(Locale.ROOT, "%.2f", best)).append("), by\n")
          .append("#   java -cp target/nerkit-train.jar org.nerkit.train.TunePriorsCommand --ontonotes ")
          .append(ontonotes).append(model == null ? "" : " --model " + model).append(" --write ").append(write).append('\n')
          .append("# with --labels ").append(String.join(",", labels)).append(" --grid ")
          .append(grid.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","))).append('\n');
      new java.util.TreeMap<>(current.offsets()).forEach((label, offset) -> file.append(label).append('=').append(offset).append('\n'));
      Files.writeString(write, file);
    }
    System.out.println(current);
    return 0;
  }

  private double score(LabelPriors priors, List<OntoNotesCorpus.TaggedDocument> documents) {
    EntityExtractor.Builder builder = EntityExtractor.builder().labelPriors(priors.offsets());
    if (model != null) {
      builder.nameFinderModel(model);
    }
    return EvaluateCommand.endToEnd(builder.build(), documents, EvaluateCommand.ONTONOTES_TYPES,
        EvaluateCommand::ontonotesType).microF1();
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new TunePriorsCommand()).execute(args));
  }
}
