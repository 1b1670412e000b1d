package vn.motcua.dossier.lifecycle;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a QR code drawn as SVG back as a phone would, with ZXing's decoder: the SVG's rects and paths
 * are painted as a browser does (this parser knows rect, and path with M, h, v and z, which is what the
 * receipt's renderer writes), then decoded. A copy of procedure-service's test helper, for SVG only.
 */
final class QrDecoding {

    /** Pixels per SVG user unit (one module): enough for the binarizer to see crisp squares. */
    private static final int SCALE = 8;
    private static final Pattern PATH_TOKEN = Pattern.compile("([MmHhVvLlZz])|(-?\\d+(?:\\.\\d+)?)");
    private static final Pattern SVG_ELEMENT = Pattern.compile("<svg[\\s\\S]*?</svg>");

    private QrDecoding() {
    }

    /** The text of the first QR code an HTML page inlines as SVG. */
    static String decodeFirstSvgIn(String html) {
        Matcher svg = SVG_ELEMENT.matcher(html);
        if (!svg.find()) {
            throw new AssertionError("the page inlines no SVG");
        }
        return decodeSvg(svg.group());
    }

    static String decodeSvg(String svg) {
        BufferedImage image = render(svg);
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("no QR code could be read: " + e, e);
        }
    }

    private static BufferedImage render(String svg) {
        Element root = parse(svg);
        String[] viewBox = root.getAttribute("viewBox").trim().split("[\\s,]+");
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
            toPixels.translate(-Double.parseDouble(viewBox[0]), -Double.parseDouble(viewBox[1]));
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
                    String fill = shape.hasAttribute("fill") ? shape.getAttribute("fill") : "#000";
                    graphics.setColor("#fff".equals(fill) || "#ffffff".equalsIgnoreCase(fill) ? Color.WHITE : Color.BLACK);
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
        List<Object> list = new ArrayList<>();
        while (tokens.find()) {
            list.add(tokens.group(1) != null ? (Object) tokens.group(1).charAt(0) : (Object) Double.valueOf(tokens.group(2)));
        }
        char command = 0;
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
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
                case 'M', 'm' -> {
                    double a = (Double) list.get(i++);
                    double b = (Double) list.get(i++);
                    x = command == 'm' ? x + a : a;
                    y = command == 'm' ? y + b : b;
                    path.moveTo(x, y);
                    startX = x;
                    startY = y;
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

    private static Element parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg))).getDocumentElement();
            if (!"svg".equals(root.getLocalName())) {
                throw new AssertionError("the root element is " + root.getLocalName() + ", not svg");
            }
            return root;
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("the SVG is not well-formed XML: " + e.getMessage(), e);
        }
    }
}
