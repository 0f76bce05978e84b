package dev.jobpostlint.extract;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * Finds bullets drawn as shapes rather than glyphs (browsers print a list's discs and squares as small filled
 * paths): every small, roughly square path that is painted becomes a mark at its centre, in the coordinates
 * of {@link org.apache.pdfbox.text.TextPosition#getXDirAdj()} and {@code getYDirAdj()} on an upright page.
 */
final class PdfBulletMarks {

    /** A painted shape no larger than this many points each way may be a bullet. */
    private static final float MAX_SIZE = 9;

    /** The centre of a small painted shape on {@code page}, y growing downwards. */
    record Mark(int page, float x, float y, float size) {
    }

    private final PDFStreamEngine engine;
    private final List<Mark> marks = new ArrayList<>();
    private float minX = Float.MAX_VALUE;
    private float minY = Float.MAX_VALUE;
    private float maxX = -Float.MAX_VALUE;
    private float maxY = -Float.MAX_VALUE;
    private int page;
    private PDRectangle crop;
    private boolean upright;

    PdfBulletMarks(PDFStreamEngine engine) {
        this.engine = engine;
    }

    List<Mark> marks() {
        return marks;
    }

    /** The operators that build and paint paths, to register with the engine. */
    List<OperatorProcessor> operators() {
        List<OperatorProcessor> ops = new ArrayList<>();
        for (String name : List.of("m", "l")) {
            ops.add(op(name, operands -> points(operands, 2)));
        }
        ops.add(op("c", operands -> points(operands, 6)));
        for (String name : List.of("v", "y")) {
            ops.add(op(name, operands -> points(operands, 4)));
        }
        ops.add(op("re", this::rectangle));
        for (String name : List.of("f", "F", "f*", "B", "B*", "b", "b*", "S", "s")) {
            ops.add(op(name, operands -> paint()));
        }
        ops.add(op("n", operands -> reset()));
        return ops;
    }

    void startPage(int number, PDRectangle cropBox, int rotation) {
        page = number;
        crop = cropBox;
        upright = rotation % 360 == 0;
        reset();
    }

    private void points(List<COSBase> operands, int count) {
        for (int i = 0; i + 1 < count && i + 1 < operands.size(); i += 2) {
            add(operands.get(i), operands.get(i + 1));
        }
    }

    private void rectangle(List<COSBase> operands) {
        if (operands.size() < 4 || !(operands.get(2) instanceof COSNumber w) || !(operands.get(3) instanceof COSNumber h)
                || !(operands.get(0) instanceof COSNumber x) || !(operands.get(1) instanceof COSNumber y)) {
            return;
        }
        add(x.floatValue(), y.floatValue());
        add(x.floatValue() + w.floatValue(), y.floatValue() + h.floatValue());
    }

    private void add(COSBase x, COSBase y) {
        if (x instanceof COSNumber nx && y instanceof COSNumber ny) {
            add(nx.floatValue(), ny.floatValue());
        }
    }

    private void add(float x, float y) {
        Matrix ctm = engine.getGraphicsState().getCurrentTransformationMatrix();
        Point2D.Float p = ctm.transformPoint(x, y);
        minX = Math.min(minX, p.x);
        maxX = Math.max(maxX, p.x);
        minY = Math.min(minY, p.y);
        maxY = Math.max(maxY, p.y);
    }

    private void paint() {
        float width = maxX - minX;
        float height = maxY - minY;
        if (upright && crop != null && width > 0.5f && height > 0.5f && width <= MAX_SIZE && height <= MAX_SIZE
                && width <= 2 * height && height <= 2 * width) {
            float x = (minX + maxX) / 2 - crop.getLowerLeftX();
            float y = crop.getHeight() - ((minY + maxY) / 2 - crop.getLowerLeftY());
            marks.add(new Mark(page, x, y, Math.max(width, height)));
        }
        reset();
    }

    private void reset() {
        minX = Float.MAX_VALUE;
        minY = Float.MAX_VALUE;
        maxX = -Float.MAX_VALUE;
        maxY = -Float.MAX_VALUE;
    }

    private interface Action {
        void run(List<COSBase> operands);
    }

    private OperatorProcessor op(String name, Action action) {
        return new OperatorProcessor(engine) {
            @Override
            public void process(Operator operator, List<COSBase> operands) {
                action.run(operands);
            }

            @Override
            public String getName() {
                return name;
            }
        };
    }
}
