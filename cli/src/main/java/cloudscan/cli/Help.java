package cloudscan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * How help looks: wrapped at the terminal's width (80 columns when piped), except the examples,
 * which are printed exactly as written so a copied command line never breaks.
 */
final class Help {

  private Help() { }

  static CommandLine configure(CommandLine root) {
    root.setUsageHelpAutoWidth(true);
    apply(root);
    return root;
  }

  private static void apply(CommandLine cl) {
    cl.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER, help -> {
      String[] lines = help.commandSpec().usageMessage().footer();
      return lines.length == 0 ? "" : String.join(System.lineSeparator(), lines) + System.lineSeparator();
    });
    cl.getSubcommands().values().forEach(Help::apply);
  }
}
