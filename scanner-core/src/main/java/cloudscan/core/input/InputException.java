package cloudscan.core.input;

/**
 * A user-supplied file is wrong. The message names the file, the line (and column) and the field,
 * and says what was expected: the CLI prints it as one line and exits 2.
 */
public class InputException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String field;
  private final String problem;

  public InputException(String file, int line, int column, String field, String problem) {
    super(format(file, line, column, field, problem));
    this.file = file;
    this.line = line;
    this.column = column;
    this.field = field;
    this.problem = problem;
  }

  public InputException(String file, int line, int column, String field, String problem, Throwable cause) {
    this(file, line, column, field, problem);
    initCause(cause);
  }

  private static String format(String file, int line, int column, String field, String problem) {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    sb.append(": ");
    if (field != null && !field.isEmpty()) {
      sb.append("field '").append(field).append("': ");
    }
    return sb.append(problem).toString();
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String field() {
    return field;
  }

  public String problem() {
    return problem;
  }
}
