package io.tailor.worker.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * The résumé's {@link Block}s as a Word document: the name in the Title style, headings
 * in Heading 1, entries with their dates on a right tab stop, bullets as real list items
 * (Word numbering with a bullet), bold runs as bold. One column, no tables or text boxes.
 * Arial 10 pt, single-spaced, on A4 with 1.9 cm margins, every size and space times the
 * scale the PDF was set in: no taller than the PDF's layout, so that a résumé within its
 * page budget there is within it here.
 */
final class DocxRenderer {

	/** A4 width less two 1.9 cm margins, in twentieths of a point. */
	private static final int TEXT_WIDTH_TWIPS = 9752;

	private static final int MARGIN_TWIPS = 1077;

	private DocxRenderer() {
	}

	static byte[] render(String markdown, float scale) {
		return render(markdown, scale, false);
	}

	/** A letter: as a résumé, with 7 pt after each paragraph and each list. */
	static byte[] renderLetter(String markdown, float scale) {
		return render(markdown, scale, true);
	}

	private static byte[] render(String markdown, float scale, boolean letter) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			page(document);
			XWPFStyles styles = document.createStyles();
			styles.setStyles(defaults(scale));
			styles(styles, scale);
			BigInteger bullets = bulletList(document.createNumbering());
			List<Block> blocks = ResumeModel.of(markdown);
			for (int i = 0; i < blocks.size(); i++) {
				XWPFParagraph paragraph = write(document, blocks.get(i), bullets, scale);
				boolean endsList = !(blocks.get(i) instanceof Block.Bullet) || i + 1 == blocks.size()
						|| !(blocks.get(i + 1) instanceof Block.Bullet);
				if (letter && endsList) {
					paragraph.setSpacingAfter(scaled(140, scale));
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static XWPFParagraph write(XWPFDocument document, Block block, BigInteger bullets, float scale) {
		XWPFParagraph paragraph = document.createParagraph();
		switch (block) {
			case Block.Title t -> runs(styled(paragraph, "Title"), t.text());
			case Block.Heading h -> runs(styled(paragraph, "Heading1"), h.text());
			case Block.Bullet b -> {
				paragraph.setNumID(bullets);
				runs(styled(paragraph, "ListParagraph"), b.text());
			}
			case Block.Entry e -> entry(paragraph, e, scale);
			case Block.Paragraph p -> runs(paragraph, p.text());
		}
		return paragraph;
	}

	private static void entry(XWPFParagraph paragraph, Block.Entry entry, float scale) {
		paragraph.setSpacingBefore(scaled(120, scale));
		for (int i = 0; i < entry.parts().size(); i++) {
			XWPFRun run = paragraph.createRun();
			if (i == 0) {
				run.setBold(true);
			}
			run.setText((i == 0) ? entry.parts().get(i) : " · " + entry.parts().get(i));
		}
		if (entry.dates() != null) {
			var properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr()
					: paragraph.getCTP().addNewPPr();
			CTTabStop stop = properties.addNewTabs().addNewTab();
			stop.setVal(STTabJc.RIGHT);
			stop.setPos(BigInteger.valueOf(TEXT_WIDTH_TWIPS));
			XWPFRun dates = paragraph.createRun();
			dates.addTab();
			dates.setText(entry.dates());
		}
	}

	/**
	 * Arial 10 pt, single-spaced, no space after a paragraph, unless a style says
	 * otherwise.
	 */
	private static CTStyles defaults(float scale) {
		CTStyles styles = CTStyles.Factory.newInstance();
		CTDocDefaults defaults = styles.addNewDocDefaults();
		CTRPr run = defaults.addNewRPrDefault().addNewRPr();
		CTFonts fonts = run.addNewRFonts();
		fonts.setAscii("Arial");
		fonts.setHAnsi("Arial");
		fonts.setCs("Arial");
		run.addNewSz().setVal(BigInteger.valueOf(scaled(20, scale)));
		CTSpacing spacing = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
		spacing.setAfter(BigInteger.ZERO);
		spacing.setLine(BigInteger.valueOf(240));
		spacing.setLineRule(STLineSpacingRule.AUTO);
		return styles;
	}

	/** A4 with 1.9 cm margins, so that the right tab stop is the right margin. */
	private static void page(XWPFDocument document) {
		var section = document.getDocument().getBody().addNewSectPr();
		var size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		var margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(MARGIN_TWIPS));
		margins.setBottom(BigInteger.valueOf(MARGIN_TWIPS));
		margins.setLeft(BigInteger.valueOf(MARGIN_TWIPS));
		margins.setRight(BigInteger.valueOf(MARGIN_TWIPS));
	}

	private static XWPFParagraph styled(XWPFParagraph paragraph, String style) {
		paragraph.setStyle(style);
		return paragraph;
	}

	private static void runs(XWPFParagraph paragraph, List<Block.Inline> text) {
		for (Block.Inline inline : text) {
			XWPFRun run = paragraph.createRun();
			if (inline.bold()) {
				run.setBold(true);
			}
			run.setText(inline.text());
		}
	}

	private static void styles(XWPFStyles styles, float scale) {
		styles.addStyle(style("Title", "Title", 0, scaled(36, scale), scale));
		styles.addStyle(style("Heading1", "heading 1", 0, scaled(26, scale), scale));
		styles.addStyle(style("ListParagraph", "List Paragraph", -1, 0, scale));
	}

	/** A size or space of the full-size layout, at the scale, rounded down. */
	private static int scaled(int full, float scale) {
		return (int) Math.floor(full * scale);
	}

	private static XWPFStyle style(String id, String name, int outlineLevel, int halfPoints, float scale) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		style.addNewQFormat();
		if (outlineLevel >= 0) {
			style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
			style.getPPr().addNewSpacing().setBefore(BigInteger.valueOf(scaled(240, scale)));
		}
		if (halfPoints > 0) {
			CTRPr font = style.addNewRPr();
			font.addNewB();
			font.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		}
		return new XWPFStyle(style);
	}

	private static BigInteger bulletList(XWPFNumbering numbering) {
		CTAbstractNum list = CTAbstractNum.Factory.newInstance();
		list.setAbstractNumId(BigInteger.ZERO);
		CTLvl level = list.addNewLvl();
		level.setIlvl(BigInteger.ZERO);
		level.addNewStart().setVal(BigInteger.ONE);
		level.addNewNumFmt().setVal(STNumberFormat.BULLET);
		level.addNewLvlText().setVal("•");
		CTInd indent = level.addNewPPr().addNewInd();
		indent.setLeft(BigInteger.valueOf(360));
		indent.setHanging(BigInteger.valueOf(240));
		return numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(list)));
	}

}
