package vn.motcua.platform.testing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads QR codes back as a phone would, with ZXing's decoder, for tests of printed pages: from PNG bytes, from
 * SVG text by drawing its shapes the way a browser does (this parser knows rect and path with M, H, V, L, Z and
 * their relative forms), or from the first SVG an HTML page inlines.
 */
public final class QrDecoding {

    /** Pixels per SVG user unit (one module): enough for the binarizer to see crisp squares. */
    private static final int SCALE = 8;
    private static final Pattern SVG_ELEMENT = Pattern.compile("<svg[\\s\\S]*?</svg>");
    private static final Pattern PATH_TOKEN = Pattern.compile("([MmHhVvLlZz])|(-?\\d+(?:\\.\\d+)?)");

    private QrDecoding() {
    }

    public static BufferedImage image(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new AssertionError("not an image ImageIO can read");
            }
            return image;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    public static Result decodePng(byte[] png) {
        return decode(image(png));
    }

    /** The text of the first QR code an HTML page inlines as SVG. */
    public static String decodeFirstSvgIn(String html) {
        Matcher svg = SVG_ELEMENT.matcher(html);
        if (!svg.find()) {
            throw new AssertionError("the page inlines no SVG");
        }
        return decodeSvg(svg.group()).getText();
    }

    public static Result decodeSvg(String svg) {
        return decode(render(svg));
    }

    public static Result decode(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("no QR code could be read: " + e, e);
        }
    }

    /** Draws an SVG of rects and paths on white, at {@link #SCALE} pixels per unit of its viewBox. */
    public static BufferedImage render(String svg) {
        Element root = parse(svg).getDocumentElement();
        if (!"svg".equals(root.getLocalName())) {
            throw new AssertionError("the root element is " + root.getLocalName() + ", not svg");
        }
        String[] viewBox = root.getAttribute("viewBox").trim().split("[\\s,]+");
        double minX = Double.parseDouble(viewBox[0]);
        double minY = Double.parseDouble(viewBox[1]);
        int width = (int) Math.ceil(Double.parseDouble(viewBox[2]) * SCALE);
        int height = (int) Math.ceil(Double.parseDouble(viewBox[3]) * SCALE);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            AffineTransform toPixels = new AffineTransform();
            toPixels.scale(SCALE, SCALE);
            toPixels.translate(-minX, -minY);
            NodeList shapes = root.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < shapes.getLength(); i++) {
                Element shape = (Element) shapes.item(i);
                java.awt.Shape outline = switch (shape.getLocalName()) {
                    case "rect" -> new Rectangle2D.Double(number(shape, "x"), number(shape, "y"),
                            number(shape, "width"), number(shape, "height"));
                    case "path" -> path(shape.getAttribute("d"));
                    default -> null;
                };
                if (outline != null) {
                    graphics.setColor(Color.decode(expand(shape.hasAttribute("fill") ? shape.getAttribute("fill") : "#000")));
                    graphics.fill(toPixels.createTransformedShape(outline));
                }
            }
        } finally {
            graphics.dispose();
        }
        return image;
    }

    private static Path2D path(String d) {
        Path2D.Double path = new Path2D.Double();
        Matcher tokens = PATH_TOKEN.matcher(d);
        char command = 0;
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        java.util.List<Object> list = new java.util.ArrayList<>();
        while (tokens.find()) {
            list.add(tokens.group(1) != null ? (Object) tokens.group(1).charAt(0) : (Object) Double.valueOf(tokens.group(2)));
        }
        int i = 0;
        while (i < list.size()) {
            if (list.get(i) instanceof Character c) {
                command = c;
                i++;
                if (command == 'Z' || command == 'z') {
                    path.closePath();
                    x = startX;
                    y = startY;
                    continue;
                }
            }
            switch (command) {
                case 'M', 'm', 'L', 'l' -> {
                    double a = (Double) list.get(i++);
                    double b = (Double) list.get(i++);
                    boolean relative = Character.isLowerCase(command);
                    x = relative ? x + a : a;
                    y = relative ? y + b : b;
                    if (command == 'M' || command == 'm') {
                        path.moveTo(x, y);
                        startX = x;
                        startY = y;
                        // further pairs after a move are lines, as SVG says
                        command = relative ? 'l' : 'L';
                    } else {
                        path.lineTo(x, y);
                    }
                }
                case 'H', 'h' -> {
                    double a = (Double) list.get(i++);
                    x = command == 'h' ? x + a : a;
                    path.lineTo(x, y);
                }
                case 'V', 'v' -> {
                    double a = (Double) list.get(i++);
                    y = command == 'v' ? y + a : a;
                    path.lineTo(x, y);
                }
                default -> throw new AssertionError("unsupported path command " + command + " in " + d);
            }
        }
        return path;
    }

    private static double number(Element element, String attribute) {
        String value = element.getAttribute(attribute);
        return value.isEmpty() ? 0 : Double.parseDouble(value);
    }

    private static String expand(String color) {
        if (color.matches("#[0-9a-fA-F]{3}")) {
            return "#" + color.charAt(1) + color.charAt(1) + color.charAt(2) + color.charAt(2) + color.charAt(3) + color.charAt(3);
        }
        return color;
    }

    private static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            throw new AssertionError("the SVG is not well-formed XML: " + e.getMessage(), e);
        }
    }
}
