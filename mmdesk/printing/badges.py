"""Badges: one per approved delegate, in any layout, streamed to disk page by page."""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from io import BytesIO
from itertools import islice
from pathlib import Path

from reportlab.lib.colors import HexColor, white
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from mmdesk.domain.enums import Category
from mmdesk.printing import leftovers, text
from mmdesk.printing.bidi_levels import levels
from mmdesk.printing.layouts import Box, Layout
from mmdesk.printing.pdfstream import PdfStreamJoiner
from mmdesk.printing.qr import QrEncoder
from mmdesk.processes import die_with_parent

#: Colour band and label of each category (the label prints in capitals).
CATEGORY_STYLE: dict[Category, tuple[str, str]] = {
    Category.LOCAL_LEADER: ("#1565c0", "Local government leader"),
    Category.CITY_OFFICIAL: ("#0277bd", "City official"),
    Category.MEMBER_STATE: ("#2e7d32", "Member State"),
    Category.UN_IO: ("#00838f", "United Nations / IO"),
    Category.CIVIL_SOCIETY: ("#6a1b9a", "Civil society"),
    Category.PRIVATE_SECTOR: ("#4e342e", "Private sector"),
    Category.ACADEMIA: ("#5d4037", "Academia"),
    Category.MEDIA: ("#e65100", "Media"),
    Category.HOST_STAFF: ("#c62828", "Organizer"),
    Category.INTERPRETER: ("#455a64", "Interpreter"),
    Category.SECURITY: ("#212121", "Security"),
}


@dataclass(frozen=True)
class BadgeData:
    """Everything printed on one badge."""

    serial: str
    code: str
    name: str
    honorific: str | None
    position: str | None
    organisation: str | None
    place: str
    category: Category
    zones: tuple[str, ...]
    #: the delegate's photo as JPEG bytes (printed where the layout has a photo box)
    photo: bytes | None = None


@dataclass(frozen=True)
class EventHeader:
    """The event lines printed on every badge."""

    name: str
    dates: str
    #: category value → the words of its band, in the chosen language(s)
    bands: dict[str, str] = field(default_factory=dict)


def _fitted_line(canvas: Canvas, value: str | None, box: Box,
                 replay: dict[tuple[Box, str], str] | None = None) -> None:
    """Draw a value fitted to its box; with a replay cache, a value drawn before in this
    chunk is written again from its recorded operators (badges share many values)."""
    if not value:
        return
    if replay is not None:
        ops = replay.get((box, value))
        if ops is not None:
            text.internals(canvas)._code.append(ops)  # recorded from this very canvas
            return
        mark = len(text.internals(canvas)._code)
    fitted = text.fit(value, box.w, box.h, box.size, box.min_size, bold=box.bold, max_lines=box.lines,
                      direction="auto")
    _draw_lines(canvas, fitted, box)
    if replay is not None:
        replay[(box, value)] = "\n".join(text.internals(canvas)._code[mark:])


def _draw_lines(canvas: Canvas, fitted: text.Fitted, box: Box) -> None:
    size, lines = fitted.size, fitted.lines
    leading = size * 1.12
    block = leading * len(lines)
    # centre the block vertically; the baseline sits about 0.24 of a size above a line's foot
    top = box.y + (box.h + block) / 2
    x = {"left": box.x, "right": box.x + box.w}.get(box.align, box.x + box.w / 2)
    for i, line in enumerate(lines):
        baseline = top - leading * (i + 1) + size * 0.26
        # a value alone (a name, an organisation): right to left when it starts so
        text.draw(canvas, line, x, baseline, size, bold=box.bold, align=box.align, direction="auto")


class ChunkCanvas:
    """One chunk of a batch drawn into its own small PDF (ReportLab holds its pages until save)."""

    def __init__(self, path: Path, layout: Layout, header: EventHeader, qr: QrEncoder) -> None:
        self.layout, self.header, self.qr = layout, header, qr
        self.canvas = text.new_canvas(path, (layout.page_width, layout.page_height), pageCompression=1)
        self.canvas.setTitle(f"Badges — {header.name}")
        self.canvas.setCreator("mmdesk")
        self._forms: set[Category] = set()
        self._replay: dict[tuple[Box, str], str] = {}  # per canvas: font subsets are per file
        self._on_page = 0
        self.badges = 0

    def _header_form(self, category: Category) -> str:
        """The parts common to every badge of a category, drawn once as a PDF form."""
        name = f"head-{category.value}"
        if category in self._forms:
            return name
        c, boxes = self.canvas, self.layout.boxes
        c.beginForm(name)
        colour, label = CATEGORY_STYLE[category]
        label = self.header.bands.get(category.value, label)
        if "band" in boxes:
            b = boxes["band"]
            c.setFillColor(HexColor(colour))
            c.rect(b.x, b.y, b.w, b.h, stroke=0, fill=1)
        if "category" in boxes:
            c.setFillColor(white)
            _fitted_line(c, label.upper(), boxes["category"])
        c.setFillColor(HexColor("#212121"))
        if "event" in boxes:
            _fitted_line(c, self.header.name, boxes["event"])
        if "dates" in boxes:
            _fitted_line(c, self.header.dates, boxes["dates"])
        c.endForm()
        self._forms.add(category)
        return name

    def add(self, badge: BadgeData) -> None:
        """Draw one badge in the next place of the page (a new page when it is full)."""
        layout, c = self.layout, self.canvas
        if self._on_page == layout.per_page:
            self._finish_page()
        x0, y0 = layout.origin(self._on_page)
        form = self._header_form(badge.category)
        c.saveState()
        c.translate(x0, y0)
        c.doForm(form)
        boxes, replay = layout.boxes, self._replay
        c.setFillColor(HexColor("#212121"))
        if "honorific" in boxes:
            _fitted_line(c, badge.honorific, boxes["honorific"], replay)
        if "name" in boxes:
            _fitted_line(c, badge.name, boxes["name"])
        for key, value in (("position", badge.position), ("organisation", badge.organisation),
                           ("country", badge.place)):
            if key in boxes:
                _fitted_line(c, value, boxes[key], replay)
        if "zones" in boxes and badge.zones:
            _fitted_line(c, " · ".join(badge.zones), boxes["zones"], replay)
        if "serial" in boxes:
            _fitted_line(c, badge.serial, boxes["serial"])
        if "photo" in boxes:
            _photo(c, badge.photo, boxes["photo"])
        if "qr" in boxes:
            q = boxes["qr"]
            side = min(q.w, q.h)
            text.internals(c)._code.append(self.qr.pdf_ops(badge.code, q.x + (q.w - side) / 2,
                                                           q.y + (q.h - side) / 2, side))
        c.restoreState()
        self._on_page += 1
        self.badges += 1

    def _finish_page(self) -> None:
        if self.layout.crop_marks:
            _crop_marks(self.canvas, self.layout)
        self.canvas.showPage()
        self._on_page = 0

    def save(self) -> None:
        """Finish the last page and write the chunk file."""
        if self._on_page:
            self._finish_page()
        self.canvas.save()


def _photo(c: Canvas, photo: bytes | None, box: Box) -> None:
    """The photo fitted to its box (centred); without one, a thin frame the size of the box
    (a photo can be glued in)."""
    if not photo:
        c.saveState()
        c.setLineWidth(0.4)
        c.setStrokeColor(HexColor("#9e9e9e"))
        c.rect(box.x, box.y, box.w, box.h, stroke=1, fill=0)
        c.restoreState()
        return
    c.drawImage(ImageReader(BytesIO(photo)), box.x, box.y, box.w, box.h,
                preserveAspectRatio=True, anchor="c")


def _crop_marks(c: Canvas, layout: Layout) -> None:
    """Short cut lines at every badge edge, in the margins and gutters only."""
    c.saveState()
    c.setLineWidth(0.25)
    c.setStrokeColor(HexColor("#000000"))
    mark = 4 * mm
    corners = [layout.origin(i) for i in range(layout.per_page)]
    xs = sorted({round(x, 3) for x, _ in corners} | {round(x + layout.badge_width, 3) for x, _ in corners})
    ys = sorted({round(y, 3) for _, y in corners} | {round(y + layout.badge_height, 3) for _, y in corners})
    for x in xs:  # at the top and bottom page edges
        c.line(x, layout.page_height, x, layout.page_height - mark)
        c.line(x, 0, x, mark)
    for y in ys:  # at the left and right page edges
        c.line(0, y, mark, y)
        c.line(layout.page_width, y, layout.page_width - mark, y)
    for x in xs[1:-1]:  # small crosses where inner cut lines meet
        for y in ys[1:-1]:
            c.line(x - mark / 2, y, x + mark / 2, y)
            c.line(x, y - mark / 2, x, y + mark / 2)
    c.restoreState()


#: Pages per chunk: what ReportLab holds in memory at once.
CHUNK_PAGES = 500
#: From this many badges on, chunks are drawn by one worker process per core.
PARALLEL_FROM = 3000


def _chunk_path(target: Path, index: int) -> Path:
    return leftovers.chunk_path(target, index)  # named after this process (see printing.leftovers)


#: Lines laid out (and their bidi levels) a worker keeps between chunks: the caches of
#: mmdesk.printing.text hold up to 65,536 lines, most of them names seen once, so a worker
#: drawing a third of 70,000 badges would grow with the batch; past this many they start again.
KEEP_LAID_LINES = 4096


def render_chunk(path: str, layout: Layout, header: EventHeader, badges: list[BadgeData]) -> int:
    """Draw one chunk file (runs in a worker process for big batches)."""
    chunk = ChunkCanvas(Path(path), layout, header, QrEncoder())
    for badge in badges:
        chunk.add(badge)
    chunk.save()
    _bound_line_caches()
    return len(badges)


def _bound_line_caches() -> None:
    """Empty the line caches once they hold more than KEEP_LAID_LINES lines (a worker's
    memory stays the same whatever the size of the batch)."""
    for cached in (text.layout, levels):
        if cached.cache_info().currsize > KEEP_LAID_LINES:
            cached.cache_clear()


def write_badges(path: Path, layout: Layout, header: EventHeader, badges: Iterable[BadgeData],
                 total: int, *, workers: int | None = None) -> Iterator[int]:
    """Write the badges into one PDF, yielding how many are done (for progress and Cancel).

    Chunks of CHUNK_PAGES pages are drawn one after another, or, for big
    batches, by a worker process per core, and joined into the file in order
    as they complete; stopping the generator removes every partial file.
    """
    if workers is None:
        workers = min(os.cpu_count() or 1, 4) if total >= PARALLEL_FROM else 1
    per_chunk = CHUNK_PAGES * layout.per_page
    marker = leftovers.batch_started(path)  # what killed batches left here goes; this one is marked
    joiner = PdfStreamJoiner(path)
    made: list[Path] = []
    try:
        if workers <= 1:
            qr = QrEncoder()
            done = 0
            items = iter(badges)
            while batch := list(islice(items, per_chunk)):
                chunk_path = _chunk_path(path, len(made))
                made.append(chunk_path)
                chunk = ChunkCanvas(chunk_path, layout, header, qr)
                for badge in batch:
                    chunk.add(badge)
                    done += 1
                    if done % 100 == 0 and done < total:
                        yield done
                chunk.save()
                _bound_line_caches()
                joiner.append(chunk_path)
                chunk_path.unlink()
        else:
            done = yield from _write_parallel(path, layout, header, badges, per_chunk, workers,
                                              joiner, made)
        joiner.finish()
    except BaseException:  # includes GeneratorExit when the caller stops (Cancel)
        joiner.abort()
        raise
    finally:
        for chunk_path in made:
            chunk_path.unlink(missing_ok=True)
        marker.unlink(missing_ok=True)
    yield done


def _write_parallel(path: Path, layout: Layout, header: EventHeader, badges: Iterable[BadgeData],
                    per_chunk: int, workers: int, joiner: PdfStreamJoiner,
                    made: list[Path]) -> Generator[int, None, int]:
    items = iter(badges)
    done = 0
    pending: deque[tuple[Future[int], Path]] = deque()
    context = multiprocessing.get_context("spawn")  # safe beside Qt threads and when frozen
    # workers end with this process, even killed (SIGKILL) mid-batch: see mmdesk.processes
    with ProcessPoolExecutor(workers, mp_context=context, initializer=die_with_parent,
                             initargs=(os.getpid(),)) as pool:
        try:
            while True:
                while len(pending) < 2 * workers and (batch := list(islice(items, per_chunk))):
                    chunk_path = _chunk_path(path, len(made))
                    made.append(chunk_path)
                    pending.append((pool.submit(render_chunk, str(chunk_path), layout, header, batch),
                                    chunk_path))
                if not pending:
                    break
                future, chunk_path = pending.popleft()
                done += future.result()
                joiner.append(chunk_path)
                chunk_path.unlink()
                yield done
        except BaseException:
            for future, _ in pending:
                future.cancel()
            pool.shutdown(wait=True, cancel_futures=True)
            raise
    return done


def warm_up(layout: Layout) -> None:
    """Load the fonts and draw one made-up badge into a temporary file, removed at once, so
    that a desk's first real badge prints as fast as the next."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="mmdesk-warm-") as folder:
        chunk = ChunkCanvas(Path(folder) / "warm.pdf", layout, EventHeader("Forum", "1 January"), QrEncoder())
        chunk.add(BadgeData("000000", "MM1-WARM-UP", "Warm Up", "Mayor", "Position", "Organisation",
                            "City, Country", Category.CITY_OFFICIAL, ("General",)))
        chunk.save()
