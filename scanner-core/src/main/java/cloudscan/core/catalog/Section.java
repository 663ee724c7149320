package cloudscan.core.catalog;

import cloudscan.core.check.Text;

public record Section(int number, Text title) { }
