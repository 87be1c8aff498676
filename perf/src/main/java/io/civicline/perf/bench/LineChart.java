package io.civicline.perf.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A line chart as a PNG, drawn with Java2D so the benchmarks need no charting library: a title, one
 * line per series over a common x axis from zero, the y axis from zero to a round number above the
 * highest value, and a legend.
 */
final class LineChart {

  /** One line: its name in the legend and its points (x, y), in x order. */
  record Series(String name, List<double[]> points) {}

  private static final int WIDTH = 960;
  private static final int HEIGHT = 480;
  private static final int LEFT = 80;
  private static final int RIGHT = 24;
  private static final int TOP = 48;
  private static final int BOTTOM = 56;
  private static final int TICKS = 5;
  private static final Color[] COLORS = {
    new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd)
  };

  private LineChart() {}

  static void write(Path png, String title, String xLabel, String yLabel, List<Series> series) {
    System.setProperty("java.awt.headless", "true");
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      double maxX = niceCeiling(max(series, 0));
      double maxY = niceCeiling(max(series, 1));
      int plotWidth = WIDTH - LEFT - RIGHT;
      int plotHeight = HEIGHT - TOP - BOTTOM;

      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
      g.drawString(title, LEFT, 28);
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
      for (int i = 0; i <= TICKS; i++) {
        int y = TOP + plotHeight - plotHeight * i / TICKS;
        int x = LEFT + plotWidth * i / TICKS;
        g.setColor(new Color(0xe0e0e0));
        g.drawLine(LEFT, y, LEFT + plotWidth, y);
        g.setColor(Color.DARK_GRAY);
        String yTick = number(maxY * i / TICKS);
        g.drawString(yTick, LEFT - 8 - g.getFontMetrics().stringWidth(yTick), y + 4);
        String xTick = number(maxX * i / TICKS);
        g.drawString(xTick, x - g.getFontMetrics().stringWidth(xTick) / 2, TOP + plotHeight + 18);
      }
      g.drawRect(LEFT, TOP, plotWidth, plotHeight);
      g.drawString(
          xLabel, LEFT + (plotWidth - g.getFontMetrics().stringWidth(xLabel)) / 2, HEIGHT - 12);
      g.rotate(-Math.PI / 2);
      g.drawString(yLabel, -(TOP + (plotHeight + g.getFontMetrics().stringWidth(yLabel)) / 2), 18);
      g.rotate(Math.PI / 2);

      g.setStroke(new BasicStroke(1.6f));
      for (int s = 0; s < series.size(); s++) {
        Series line = series.get(s);
        g.setColor(COLORS[s % COLORS.length]);
        Path2D path = new Path2D.Double();
        boolean first = true;
        for (double[] point : line.points()) {
          double x = LEFT + plotWidth * point[0] / maxX;
          double y = TOP + plotHeight - plotHeight * Math.min(point[1], maxY) / maxY;
          if (first) {
            path.moveTo(x, y);
            first = false;
          } else {
            path.lineTo(x, y);
          }
        }
        g.draw(path);
        int legendY = TOP + 16 + 16 * s;
        g.fillRect(LEFT + 12, legendY - 8, 18, 4);
        g.setColor(Color.BLACK);
        g.drawString(line.name(), LEFT + 36, legendY - 2);
      }
    } finally {
      g.dispose();
    }
    try {
      Files.createDirectories(png.toAbsolutePath().getParent());
      ImageIO.write(image, "png", png.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + png, e);
    }
  }

  private static double max(List<Series> series, int coordinate) {
    return series.stream()
        .flatMap(line -> line.points().stream())
        .mapToDouble(point -> point[coordinate])
        .max()
        .orElse(1);
  }

  /** The smallest of 1, 2, 2.5, 5 times a power of ten at or above {@code value} (1 for none). */
  static double niceCeiling(double value) {
    if (value <= 0) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * power >= value) {
        return step * power;
      }
    }
    return 10 * power;
  }

  private static String number(double value) {
    return value == Math.rint(value)
        ? String.format(Locale.ROOT, "%,.0f", value)
        : String.format(Locale.ROOT, "%,.1f", value);
  }
}
