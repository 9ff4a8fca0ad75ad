package io.tailor.worker.extraction;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.tailor.jobs.job.FailureReason;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDF text in reading order: each page is read by position, and a page laid out in two
 * columns is read header first, then the left column, then the right one
 * ({@link ColumnLayout}). Characters a reader cannot see are left out and reported: off
 * the page, drawn smaller than 3 pt or squeezed flat by any of font size, scaling and
 * matrices ({@link GlyphSize}), in a layer that is off ({@link OptionalContent}),
 * unpainted (the invisible rendering mode, or all but transparent), painted only in the
 * colour of what lies under them (white on the page, black on a black box; fill or stroke
 * colour by the rendering mode, {@link PdfPaint}), outside the clip, or under an opaque
 * fill, image or annotation appearance painted after them ({@link CoveringFills}). A PDF
 * whose pages are only images fails as {@link FailureReason#IMAGE_ONLY_PDF}.
 * <p>
 * A PDF is refused when it has more pages or characters than the limits allow, or its
 * streams decompress past the budget ({@link LoadedStreams} before PDFBox loads it,
 * {@link StreamBudget} after); every byte PDFBox reads, every content-stream operator and
 * every glyph ticks the {@link Deadline}, so a page tree or a form that loops back on
 * itself, or draws another form a million times, ends when the time is up. Reading text
 * never parses XFA forms, whose XML could name external entities.
 */
class PdfText {

	/** Fewer visible characters than this on pages with images is a scan. */
	private static final int SCAN_TEXT_LIMIT = 20;

	private final ExtractionLimits limits;

	PdfText(ExtractionLimits limits) {
		this.limits = limits;
	}

	Extraction read(byte[] content, Deadline deadline) {
		LoadedStreams.check(content, this.limits.maxDecompressedBytes(), deadline);
		try (PDDocument document = Loader.loadPDF(new DeadlineRead(new RandomAccessReadBuffer(content), deadline))) {
			if (document.isEncrypted()) {
				throw new UnparseableFileException("The PDF is encrypted", null);
			}
			if (document.getNumberOfPages() > this.limits.maxPages()) {
				throw new UnparseableFileException("The PDF has more than " + this.limits.maxPages() + " pages", null);
			}
			StreamBudget.check(document.getDocument(), this.limits.maxDecompressedBytes(), deadline);
			GlyphCollector glyphs = new GlyphCollector(deadline, new Characters(this.limits.maxCharacters(), deadline));
			glyphs.setEndPage(this.limits.maxPages());
			glyphs.getText(document);
			String text = glyphs.columnsFound() ? byRegions(document, glyphs, deadline)
					: wholePages(document, glyphs.hiddenKeys(), deadline);
			if (text.strip().length() < SCAN_TEXT_LIMIT && glyphs.hidden.spans().isEmpty() && hasImages(document)) {
				throw new UnparseableFileException(FailureReason.IMAGE_ONLY_PDF,
						"The PDF's pages are images without a text layer (a scan or a photo)", null);
			}
			if (text.isBlank() && glyphs.hidden.spans().isEmpty()) {
				throw new UnparseableFileException("The PDF has no text layer", null);
			}
			return new Extraction(text, glyphs.hidden.spans());
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof UnparseableFileException unparseable) {
				throw unparseable;
			}
			throw new UnparseableFileException("The file is not a readable PDF", ex);
		}
	}

	private String wholePages(PDDocument document, Set<String> hiddenKeys, Deadline deadline) throws IOException {
		RegionStripper stripper = new RegionStripper(ColumnLayout.Region.PAGE, hiddenKeys, deadline);
		stripper.setEndPage(this.limits.maxPages());
		return stripper.joinedText(document);
	}

	private static String byRegions(PDDocument document, GlyphCollector glyphs, Deadline deadline) throws IOException {
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= document.getNumberOfPages(); page++) {
			for (ColumnLayout.Region region : glyphs.regionsOf(page)) {
				RegionStripper stripper = new RegionStripper(region, glyphs.hiddenKeys(), deadline);
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				text.append(stripper.joinedText(document));
			}
		}
		return text.toString();
	}

	/**
	 * Where the first word of a line's runs of glyphs ends: before the first space after
	 * it, or at the end of its run.
	 */
	private static float firstWordEnd(List<List<TextPosition>> runs) {
		for (List<TextPosition> run : runs) {
			int k = 0;
			while (k < run.size() && run.get(k).getUnicode().isBlank()) {
				k++;
			}
			for (int j = k + 1; j < run.size(); j++) {
				if (run.get(j).getUnicode().isBlank()) {
					return end(run.get(j - 1));
				}
			}
			if (k < run.size()) {
				return end(run.getLast());
			}
		}
		return 0;
	}

	private static float end(TextPosition text) {
		return text.getXDirAdj() + text.getWidthDirAdj();
	}

	private static boolean hasImages(PDDocument document) throws IOException {
		for (PDPage page : document.getPages()) {
			if (hasImages(page.getResources(), 0)) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasImages(PDResources resources, int depth) throws IOException {
		if (resources == null || depth > 3) {
			return false;
		}
		for (COSName name : resources.getXObjectNames()) {
			PDXObject object = resources.getXObject(name);
			if (object instanceof PDImageXObject
					|| (object instanceof PDFormXObject form && hasImages(form.getResources(), depth + 1))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Reads glyph positions of every page once and collects the hidden ones, run by run.
	 */
	private static final class GlyphCollector extends VisibleTextStripper {

		private final Map<Integer, List<ColumnLayout.Glyph>> byPage = new HashMap<>();

		private final HiddenSpans hidden = new HiddenSpans();

		private final Characters characters;

		private final Map<Integer, List<ColumnLayout.Region>> regions = new HashMap<>();

		private final CoveringFills fills = new CoveringFills();

		private final List<Painted> painted = new ArrayList<>();

		private final Set<String> hiddenKeys = new HashSet<>();

		private long order;

		GlyphCollector(Deadline deadline, Characters characters) {
			super(deadline);
			this.characters = characters;
			for (String name : List.of("l", "c", "v", "y")) {
				addOperator(new PathOperator(this, name, (operands) -> points(numbers(operands))));
			}
			addOperator(new PathOperator(this, "m", (operands) -> {
				this.fills.subpath();
				points(numbers(operands));
			}));
			addOperator(new PathOperator(this, "re", (operands) -> rectangle(numbers(operands))));
			for (String name : List.of("f", "F", "f*", "B", "B*", "b", "b*")) {
				addOperator(new PathOperator(this, name, (operands) -> {
					float[] clip = clip();
					clipToPath();
					fill(clip);
				}));
			}
			for (String name : List.of("n", "S", "s")) {
				addOperator(new PathOperator(this, name, (operands) -> {
					clipToPath();
					this.fills.clear();
				}));
			}
			for (String name : List.of("W", "W*")) {
				addOperator(new PathOperator(this, name, (operands) -> this.clipping = true));
			}
			addOperator(new DrawImageOrForm(this));
		}

		/**
		 * A glyph, when it was painted, whether it is unseen whatever lies around it, and
		 * the colours it is painted in; until its page's fills are known.
		 */
		private record Painted(TextPosition text, long order, boolean unseen, List<PDColor> inks) {
		}

		@Override
		protected void processTextPosition(TextPosition text) {
			if (this.drawingAnnotation) {
				return;
			}
			this.characters.add(1);
			boolean unseen = unseen(text) || clippedAway(text);
			this.painted.add(new Painted(text, ++this.order, unseen, PdfPaint.inks(getGraphicsState())));
		}

		/** A glyph wholly outside the clip is not painted. */
		private boolean clippedAway(TextPosition text) {
			if (!tracksFills()) {
				return false;
			}
			float[] clip = clip();
			float x = text.getXDirAdj();
			float y = text.getYDirAdj();
			return x + text.getWidthDirAdj() < clip[0] || x > clip[2] || y < clip[1]
					|| y - text.getHeightDir() > clip[3];
		}

		/**
		 * The glyphs a reader cannot see, by {@link GlyphKeys}, as the next pass reads
		 * them.
		 */
		Set<String> hiddenKeys() {
			return this.hiddenKeys;
		}

		private static List<Float> numbers(List<COSBase> operands) {
			return operands.stream()
				.filter(COSNumber.class::isInstance)
				.map((n) -> ((COSNumber) n).floatValue())
				.toList();
		}

		private void points(List<Float> n) {
			for (int i = 0; i + 1 < n.size(); i += 2) {
				this.fills.add(onPage(n.get(i), n.get(i + 1)));
			}
		}

		private void rectangle(List<Float> n) {
			if (n.size() != 4) {
				return;
			}
			this.fills.subpath();
			this.fills.add(onPage(n.get(0), n.get(1)));
			this.fills.add(onPage(n.get(0) + n.get(2), n.get(1) + n.get(3)));
			this.fills.add(onPage(n.get(0) + n.get(2), n.get(1)));
			this.fills.add(onPage(n.get(0), n.get(1) + n.get(3)));
		}

		private boolean clipping;

		/** After "W" or "W*": the path's bounds cut the clip from now on. */
		private void clipToPath() {
			if (this.clipping) {
				float[] path = this.fills.bounds();
				PDRectangle crop = getCurrentPage().getCropBox();
				float x0 = path[0] + crop.getLowerLeftX();
				float y0 = crop.getUpperRightY() - path[3];
				getGraphicsState().intersectClippingPath(new java.awt.geom.Area(new java.awt.geom.Rectangle2D.Float(x0,
						y0, Math.max(0, path[2] - path[0]), Math.max(0, path[3] - path[1]))));
				this.clipping = false;
			}
		}

		/** The clipping path's bounds in page coordinates, as {x0, y0, x1, y1}. */
		private float[] clip() {
			java.awt.geom.Rectangle2D bounds = getGraphicsState().getCurrentClippingPath().getBounds2D();
			PDRectangle crop = getCurrentPage().getCropBox();
			return new float[] { (float) bounds.getMinX() - crop.getLowerLeftX(),
					crop.getUpperRightY() - (float) bounds.getMaxY(), (float) bounds.getMaxX() - crop.getLowerLeftX(),
					crop.getUpperRightY() - (float) bounds.getMinY() };
		}

		private Point2D onPage(float x, float y) {
			Point2D.Float device = getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
			PDRectangle crop = getCurrentPage().getCropBox();
			return new Point2D.Float(device.x - crop.getLowerLeftX(), crop.getUpperRightY() - device.y);
		}

		/** Fills and covers are placed on unrotated pages only. */
		private boolean tracksFills() {
			return getCurrentPage().getRotation() == 0;
		}

		private void fill(float[] clip) {
			if (!tracksFills() || !PdfPaint.opaque(getGraphicsState())) {
				this.fills.clear();
				return;
			}
			PDColor color = getGraphicsState().getNonStrokingColor();
			this.fills.fill(PdfPaint.rgb(color), PdfPaint.light(color), clip, ++this.order);
		}

		/** An image drawn now covers its unit square, when opaque. */
		void image(PDImageXObject image) throws IOException {
			if (!tracksFills() || !PdfPaint.opaque(getGraphicsState()) || image.isStencil()
					|| image.getSoftMask() != null || image.getMask() != null || image.getColorKeyMask() != null) {
				return;
			}
			this.fills.clear();
			points(List.of(0f, 0f, 1f, 0f, 1f, 1f, 0f, 1f));
			this.fills.image(clip(), ++this.order);
		}

		private boolean drawingAnnotation;

		/**
		 * Annotations a viewer shows are drawn over the page: what their appearances fill
		 * covers; their text is not the page's. One that cannot be read is passed over,
		 * as a viewer would.
		 */
		private void drawAnnotations(PDPage page) {
			COSArray annotations = page.getCOSObject().getCOSArray(COSName.ANNOTS);
			for (int i = 0; tracksFills() && annotations != null && i < annotations.size(); i++) {
				if (annotations.getObject(i) instanceof COSDictionary dictionary) {
					try {
						drawAnnotation(PDAnnotation.createAnnotation(dictionary));
					}
					catch (IOException unreadable) {
						// passed over, as a viewer would
					}
				}
			}
		}

		private void drawAnnotation(PDAnnotation annotation) throws IOException {
			boolean off = annotation.getOptionalContent() != null
					&& !OptionalContent.shown(this.document, annotation.getOptionalContent());
			if (annotation.isHidden() || annotation.isNoView() || off) {
				return;
			}
			this.drawingAnnotation = true;
			try {
				showAnnotation(annotation);
			}
			finally {
				this.drawingAnnotation = false;
			}
		}

		/**
		 * Unseen: hidden whatever lies around it, its middle covered by something opaque
		 * painted later, or painted only in colours that cannot be told from its
		 * background (the last fill under it; the white page where that is none, an image
		 * or a pattern).
		 */
		private boolean hidden(Painted p) {
			TextPosition t = p.text();
			float x = t.getXDirAdj();
			float y = t.getYDirAdj();
			float w = t.getWidthDirAdj();
			float h = t.getHeightDir();
			float[] middle = { x + w / 4, y - h * 3 / 4, x + w * 3 / 4, y - h / 4 };
			return p.unseen() || this.fills.covered(middle, p.order())
					|| !seen(p.inks(), this.fills.under(x + w / 2, y - h / 2, p.order()));
		}

		private static boolean seen(List<PDColor> inks, CoveringFills.Cover under) {
			return inks.stream().anyMatch((ink) -> {
				float[] rgb = (under != null && under.rgb() != null) ? PdfPaint.rgb(ink) : null;
				return (rgb != null) ? !HiddenText.sameColour(rgb, under.rgb()) : !PdfPaint.light(ink);
			});
		}

		@Override
		protected void endPage(PDPage page) throws IOException {
			drawAnnotations(page);
			GlyphKeys keys = new GlyphKeys(getCurrentPageNo());
			for (Painted p : this.painted) {
				tick();
				TextPosition text = p.text();
				String key = keys.next(text);
				if (hidden(p)) {
					this.hiddenKeys.add(key);
					this.hidden.add(text.getUnicode());
					continue;
				}
				this.hidden.end();
				if (!text.getUnicode().isBlank()) {
					this.byPage.computeIfAbsent(getCurrentPageNo(), (k) -> new ArrayList<>())
						.add(new ColumnLayout.Glyph(text.getXDirAdj(), text.getYDirAdj(), text.getWidthDirAdj(),
								text.getHeightDir()));
				}
			}
			this.hidden.end();
			this.painted.clear();
			this.fills.nextPage();
			List<ColumnLayout.Glyph> glyphs = this.byPage.getOrDefault(getCurrentPageNo(), List.of());
			this.regions.put(getCurrentPageNo(), ColumnLayout.regions(glyphs, page.getMediaBox().getWidth()));
			super.endPage(page);
		}

		/** Where to read a page, found once from its glyphs. */
		List<ColumnLayout.Region> regionsOf(int page) {
			return this.regions.getOrDefault(page, List.of(ColumnLayout.Region.PAGE));
		}

		boolean columnsFound() {
			return this.regions.values().stream().anyMatch((r) -> r.size() > 1);
		}

	}

	/** Writes the visible glyphs inside one region, sorted by position. */
	private static final class RegionStripper extends VisibleTextStripper {

		private final ColumnLayout.Region region;

		private final List<WrappedLines.Line> lines = new ArrayList<>();

		private final List<List<TextPosition>> words = new ArrayList<>();

		private final List<String> texts = new ArrayList<>();

		private final Set<String> hiddenKeys;

		RegionStripper(ColumnLayout.Region region, Set<String> hiddenKeys, Deadline deadline) {
			super(deadline);
			this.region = region;
			this.hiddenKeys = hiddenKeys;
			setSortByPosition(true);
		}

		/**
		 * The region's text with wrapped lines joined ({@link WrappedLines}); as read
		 * when the lines seen do not add up to the text.
		 */
		String joinedText(PDDocument document) throws IOException {
			String text = getText(document);
			endLine();
			List<String> read = text.lines().toList();
			if (read.size() != this.lines.size()) {
				return text;
			}
			List<WrappedLines.Line> named = new ArrayList<>();
			for (int i = 0; i < read.size(); i++) {
				WrappedLines.Line l = this.lines.get(i);
				String parted = sameWords(l.text(), read.get(i)) ? l.text() : read.get(i);
				named.add(new WrappedLines.Line(parted, l.x0(), l.x1(), l.y(), l.size(), l.glyphWidth(),
						l.firstWordWidth(), l.spaced()));
			}
			boolean openRight = this.region.x1() == Float.POSITIVE_INFINITY && document.getNumberOfPages() > 0;
			return WrappedLines.join(named,
					openRight ? document.getPage(getStartPage() - 1).getMediaBox().getWidth() : 0);
		}

		@Override
		protected void writeString(String text, List<TextPosition> positions) throws IOException {
			super.writeString(text, positions);
			if (!positions.isEmpty()) {
				this.words.add(List.copyOf(positions));
				this.texts.add(text);
			}
		}

		private static boolean sameWords(String parted, String read) {
			return !parted.isEmpty() && parted.replace('\t', ' ')
				.replaceAll("\\s+", " ")
				.strip()
				.equals(read.replaceAll("\\s+", " ").strip());
		}

		@Override
		protected void writeLineSeparator() throws IOException {
			super.writeLineSeparator();
			endLine();
		}

		@Override
		protected void writePageEnd() throws IOException {
			endLine();
			super.writePageEnd();
		}

		private void endLine() {
			if (this.words.isEmpty()) {
				return;
			}
			List<TextPosition> all = this.words.stream()
				.flatMap(List::stream)
				.filter((t) -> !t.getUnicode().isBlank())
				.toList();
			if (all.isEmpty()) {
				this.lines.add(new WrappedLines.Line("", 0, 0, 0, 0, 0, 0, true));
				this.words.clear();
				this.texts.clear();
				return;
			}
			float x0 = all.getFirst().getXDirAdj();
			float x1 = (float) all.stream().mapToDouble(PdfText::end).max().orElse(x0);
			float width = (float) all.stream().mapToDouble(TextPosition::getWidthDirAdj).average().orElse(0);
			float firstWidth = firstWordEnd(this.words) - x0;
			boolean spaced = false;
			for (int k = 1; k < all.size(); k++) {
				spaced |= all.get(k).getXDirAdj() - end(all.get(k - 1)) > 3 * width;
			}
			this.lines.add(new WrappedLines.Line(parted(width), x0, x1, all.getFirst().getYDirAdj(),
					all.getFirst().getFontSizeInPt(), width, firstWidth, spaced));
			this.words.clear();
			this.texts.clear();
		}

		/**
		 * The line's words with a tab where a wide gap sets its parts apart (a title, its
		 * employer and its dates in columns), a space elsewhere; empty without such a
		 * gap.
		 */
		private String parted(float width) {
			StringBuilder out = new StringBuilder();
			boolean tabbed = false;
			TextPosition previous = null;
			for (int k = 0; k < this.words.size(); k++) {
				if (this.texts.get(k).isBlank()) {
					continue;
				}
				List<TextPosition> word = this.words.get(k);
				boolean wide = previous != null && word.getFirst().getXDirAdj() - end(previous) > 3 * width;
				tabbed |= wide;
				out.append((previous == null) ? "" : wide ? "\t" : " ").append(this.texts.get(k).strip());
				previous = word.getLast();
			}
			return tabbed ? out.toString() : "";
		}

		@Override
		protected void processTextPosition(TextPosition text) {
			tick();
			if (this.keys == null || this.keys.page() != getCurrentPageNo()) {
				this.keys = new GlyphKeys(getCurrentPageNo());
			}
			if (!this.hiddenKeys.contains(this.keys.next(text))
					&& this.region.contains(text.getXDirAdj() + text.getWidthDirAdj() / 2, text.getYDirAdj())) {
				super.processTextPosition(text);
			}
		}

		private GlyphKeys keys;

	}

	/**
	 * Names each glyph of a page by position, text and how many the same came before it
	 * there, the same in every pass over the page: a line retyped over a whited-out one
	 * is not the one under the fill.
	 */
	private static final class GlyphKeys {

		private final int page;

		private final java.util.Map<String, Integer> seen = new java.util.HashMap<>();

		GlyphKeys(int page) {
			this.page = page;
		}

		int page() {
			return this.page;
		}

		String next(TextPosition text) {
			String key = this.page + ":" + Math.round(text.getXDirAdj() * 4) + ":" + Math.round(text.getYDirAdj() * 4)
					+ ":" + text.getUnicode();
			return key + "#" + this.seen.merge(key, 1, Integer::sum);
		}

	}

	/** "Do": an image is handed to the collector as a cover; a form is drawn as usual. */
	private static final class DrawImageOrForm extends OperatorProcessor {

		private final GlyphCollector collector;

		private final DrawObject forms;

		DrawImageOrForm(GlyphCollector collector) {
			super(collector);
			this.collector = collector;
			this.forms = new DrawObject(collector);
		}

		@Override
		public void process(Operator operator, List<COSBase> operands) throws IOException {
			PDResources resources = this.collector.getResources();
			if (!operands.isEmpty() && operands.getFirst() instanceof COSName name && resources != null
					&& resources.getXObject(name) instanceof PDImageXObject image) {
				this.collector.image(image);
				return;
			}
			this.forms.process(operator, operands);
		}

		@Override
		public String getName() {
			return "Do";
		}

	}

	/** A path operator, handed its operands. */
	private static final class PathOperator extends OperatorProcessor {

		private final String name;

		private final Consumer<List<COSBase>> handler;

		PathOperator(PDFStreamEngine engine, String name, Consumer<List<COSBase>> handler) {
			super(engine);
			this.name = name;
			this.handler = handler;
		}

		@Override
		public void process(Operator operator, List<COSBase> operands) {
			this.handler.accept(operands);
		}

		@Override
		public String getName() {
			return this.name;
		}

	}

	/**
	 * A text stripper that tracks the fill and stroke colours and optional content, so
	 * glyphs can be judged visible.
	 */
	private abstract static class VisibleTextStripper extends PDFTextStripper {

		private final Deadline deadline;

		/**
		 * Per open marked-content sequence or form: whether it lies in an
		 * optional-content layer that is off.
		 */
		private final Deque<Boolean> switchedOff = new ArrayDeque<>();

		VisibleTextStripper(Deadline deadline) {
			this.deadline = deadline;
			addOperator(new SetNonStrokingColorSpace(this));
			addOperator(new SetNonStrokingColor(this));
			addOperator(new SetNonStrokingColorN(this));
			addOperator(new SetNonStrokingDeviceGrayColor(this));
			addOperator(new SetNonStrokingDeviceRGBColor(this));
			addOperator(new SetNonStrokingDeviceCMYKColor(this));
			addOperator(new SetStrokingColorSpace(this));
			addOperator(new SetStrokingColor(this));
			addOperator(new SetStrokingColorN(this));
			addOperator(new SetStrokingDeviceGrayColor(this));
			addOperator(new SetStrokingDeviceRGBColor(this));
			addOperator(new SetStrokingDeviceCMYKColor(this));
		}

		@Override
		protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
			tick();
			super.processOperator(operator, operands);
		}

		void tick() {
			this.deadline.tick();
		}

		@Override
		public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
			boolean off = COSName.OC.equals(tag) && properties != null
					&& !OptionalContent.shown(this.document, PDPropertyList.create(properties));
			this.switchedOff.push(off || (!this.switchedOff.isEmpty() && this.switchedOff.peek()));
			super.beginMarkedContentSequence(tag, properties);
		}

		@Override
		public void endMarkedContentSequence() {
			if (!this.switchedOff.isEmpty()) {
				this.switchedOff.pop();
			}
			super.endMarkedContentSequence();
		}

		@Override
		public void showForm(PDFormXObject form) throws IOException {
			boolean off = form.getOptionalContent() != null
					&& !OptionalContent.shown(this.document, form.getOptionalContent());
			this.switchedOff.push(off || (!this.switchedOff.isEmpty() && this.switchedOff.peek()));
			try {
				super.showForm(form);
			}
			finally {
				this.switchedOff.pop();
			}
		}

		/**
		 * Whether a glyph is unseen whatever lies around it: off the page, too small or
		 * squeezed to read ({@link GlyphSize}), or in a layer that is off.
		 */
		boolean unseen(TextPosition text) {
			PDRectangle page = getCurrentPage().getMediaBox();
			boolean offPage = text.getXDirAdj() > page.getWidth() || text.getXDirAdj() + text.getWidthDirAdj() < 0
					|| text.getYDirAdj() < 0 || text.getYDirAdj() > page.getHeight() + text.getHeightDir();
			boolean off = !this.switchedOff.isEmpty() && this.switchedOff.peek();
			return offPage || off || GlyphSize.unreadable(text);
		}

	}

	/** Hidden glyphs joined into the runs they were written in. */
	private static final class HiddenSpans {

		private final StringBuilder current = new StringBuilder();

		private final List<String> spans = new ArrayList<>();

		void add(String glyph) {
			this.current.append(glyph);
		}

		void end() {
			String span = this.current.toString().strip();
			if (!span.isEmpty()) {
				this.spans.add(span);
			}
			this.current.setLength(0);
		}

		List<String> spans() {
			end();
			return List.copyOf(this.spans);
		}

	}

}
