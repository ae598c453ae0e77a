#include "ConsoleOutput.h"

#include "ConsoleTranscript.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

namespace {
constexpr int kMargin = 4; // around the text, in pixels

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' || c == u'/' || c == u':';
}
} // namespace

ConsoleOutput::ConsoleOutput(QWidget* parent)
    : QAbstractScrollArea(parent)
    , m_autoScroll(new QTimer(this))
{
    setObjectName(u"consoleOutput"_s);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored); // long lines never widen the window
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    viewport()->setCursor(Qt::IBeamCursor);
    updateMetrics();

    QScrollBar* bar = verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        m_top = rowBase() + LineCount(value);
        if (!m_updatingBars)
            m_follow = value >= bar->maximum();
    });
    m_autoScroll->setInterval(50);
    connect(m_autoScroll, &QTimer::timeout, this, [this] { dragTo(m_lastDrag); });
}

ConsoleOutput::~ConsoleOutput() = default;

void ConsoleOutput::setTranscript(ConsoleTranscript* transcript)
{
    if (transcript == m_transcript)
        return;
    if (m_transcript)
        disconnect(m_transcript, nullptr, this, nullptr);
    m_transcript = transcript;
    m_anchor = m_cursor = Position{};
    m_selecting = false;
    m_follow = true;
    if (transcript) {
        connect(transcript, &ConsoleTranscript::changed, this, &ConsoleOutput::onChanged);
        connect(transcript, &ConsoleTranscript::cleared, this, &ConsoleOutput::clearSelection);
        connect(transcript, &QObject::destroyed, this, [this] { onChanged(); });
    }
    onChanged();
}

ConsoleTranscript* ConsoleOutput::transcript() const
{
    return m_transcript;
}

void ConsoleOutput::followEnd()
{
    m_follow = true;
    updateScrollBars();
}

void ConsoleOutput::setPlaceholderText(const QString& text)
{
    m_placeholder = text;
    viewport()->update();
}

int ConsoleOutput::noticeRows() const
{
    return m_transcript && m_transcript->lines().droppedCount().get() > 0 ? 1 : 0;
}

qint64 ConsoleOutput::rowCount() const
{
    return m_transcript ? m_transcript->lines().count().get() + noticeRows() : 0;
}

LineIndex ConsoleOutput::rowBase() const
{
    const LineIndex first = m_transcript ? m_transcript->lines().firstLine() : LineIndex(0);
    return first + LineCount(-noticeRows());
}

int ConsoleOutput::lineHeight() const
{
    return m_lineHeight;
}

int ConsoleOutput::columnWidth() const
{
    return m_columnWidth;
}

int ConsoleOutput::pageLines() const
{
    return std::max(1, (viewport()->height() - 2 * kMargin) / m_lineHeight);
}

LineIndex ConsoleOutput::topLine() const
{
    const LineIndex first = m_transcript ? m_transcript->lines().firstLine() : LineIndex(0);
    return std::max(first, rowBase() + LineCount(verticalScrollBar()->value()));
}

void ConsoleOutput::updateMetrics()
{
    const QFontMetrics fm(font());
    m_lineHeight = std::max(1, fm.lineSpacing());
    m_ascent = fm.ascent();
    m_columnWidth = std::max(1, qRound(QFontMetricsF(font()).horizontalAdvance(u'x')));
    for (int i = 0; i < int(m_fonts.size()); ++i) {
        QFont f = font();
        f.setBold((i & 1) != 0);
        f.setItalic((i & 2) != 0);
        f.setLetterSpacing(QFont::AbsoluteSpacing, m_columnWidth - QFontMetricsF(f).horizontalAdvance(u'x'));
        m_fonts[size_t(i)] = f;
    }
    verticalScrollBar()->setSingleStep(1);
    horizontalScrollBar()->setSingleStep(m_columnWidth);
}

void ConsoleOutput::onChanged()
{
    updateScrollBars();
    viewport()->update();
}

void ConsoleOutput::updateScrollBars()
{
    // Rows are lines (plus the note about dropped ones): the vertical bar counts rows, so its
    // range fits in an int up to two billion lines, and nothing here depends on the count.
    QScrollBar* v = verticalScrollBar();
    QScrollBar* h = horizontalScrollBar();
    m_updatingBars = true;
    const int page = pageLines();
    const qint64 rows = rowCount();
    v->setRange(0, int(std::clamp<qint64>(rows - page, 0, std::numeric_limits<int>::max())));
    v->setPageStep(page);
    // Stay on the same lines when old ones were dropped, or follow the end.
    v->setValue(m_follow ? v->maximum()
                         : int(std::clamp<qint64>((m_top - rowBase()).get(), 0, v->maximum())));
    m_top = rowBase() + LineCount(v->value());
    const qint64 width = m_transcript ? (m_transcript->lines().maxLineLength() + 2) * m_columnWidth : 0;
    const int viewWidth = viewport()->width() - 2 * kMargin;
    h->setRange(0, int(std::clamp<qint64>(width - viewWidth, 0, std::numeric_limits<int>::max())));
    h->setPageStep(std::max(1, viewWidth));
    m_updatingBars = false;
}

void ConsoleOutput::scrollContentsBy(int, int)
{
    viewport()->update();
}

void ConsoleOutput::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void ConsoleOutput::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange) {
        updateMetrics();
        updateScrollBars();
    }
    QAbstractScrollArea::changeEvent(event);
}

ConsoleOutput::Position ConsoleOutput::positionAt(QPoint point) const
{
    if (!m_transcript || m_transcript->lines().isEmpty())
        return {};
    const ConsoleLines& lines = m_transcript->lines();
    const qint64 row =
        verticalScrollBar()->value() + (point.y() - kMargin) / m_lineHeight - (point.y() < kMargin ? 1 : 0);
    const LineIndex line = rowBase() + LineCount(row);
    if (line < lines.firstLine())
        return Position{lines.firstLine(), 0};
    if (line >= lines.endLine()) {
        const LineIndex last = lines.endLine() + LineCount(-1);
        return Position{last, lines.length(last)};
    }
    const int x = point.x() - kMargin + horizontalScrollBar()->value();
    const qint64 column = (x + m_columnWidth / 2) / m_columnWidth;
    return Position{line, std::clamp<qint64>(column, 0, lines.length(line))};
}

std::pair<ConsoleOutput::Position, ConsoleOutput::Position> ConsoleOutput::selection() const
{
    Position a = std::min(m_anchor, m_cursor);
    Position b = std::max(m_anchor, m_cursor);
    if (m_transcript && a.line < m_transcript->lines().firstLine())
        a = Position{m_transcript->lines().firstLine(), 0}; // the rest was dropped
    return {a, b};
}

QString ConsoleOutput::selectedText() const
{
    if (!m_transcript || !hasSelection())
        return {};
    const ConsoleLines& lines = m_transcript->lines();
    const auto [from, to] = selection();
    QString out;
    for (LineIndex i = from.line; i <= to.line && i < lines.endLine(); ++i) {
        if (i > from.line)
            out += u'\n';
        const QString text = lines.text(i);
        const qint64 start = i == from.line ? std::min<qint64>(from.column, text.size()) : 0;
        const qint64 end = i == to.line ? std::min<qint64>(to.column, text.size()) : text.size();
        if (end > start)
            out += QStringView(text).sliced(start, end - start);
    }
    return out;
}

void ConsoleOutput::setSelection(Position anchor, Position cursor)
{
    m_anchor = anchor;
    m_cursor = cursor;
    viewport()->update();
}

void ConsoleOutput::selectAll()
{
    if (!m_transcript || m_transcript->lines().isEmpty())
        return;
    const ConsoleLines& lines = m_transcript->lines();
    const LineIndex last = lines.endLine() + LineCount(-1);
    setSelection(Position{lines.firstLine(), 0}, Position{last, lines.length(last)});
}

void ConsoleOutput::clearSelection()
{
    setSelection(m_cursor, m_cursor);
}

void ConsoleOutput::copy() const
{
    if (hasSelection())
        QGuiApplication::clipboard()->setText(selectedText());
}

QString ConsoleOutput::text() const
{
    if (!m_transcript)
        return {};
    const QString notice = m_transcript->droppedNotice();
    const QString lines = m_transcript->toPlainText();
    return notice.isEmpty() ? lines : notice + u'\n' + lines;
}

void ConsoleOutput::dragTo(QPoint point)
{
    m_lastDrag = point;
    const QRect r = viewport()->rect();
    QScrollBar* v = verticalScrollBar();
    QScrollBar* h = horizontalScrollBar();
    if (point.y() < r.top())
        v->setValue(v->value() - 1);
    else if (point.y() > r.bottom())
        v->setValue(v->value() + 1);
    if (point.x() < r.left())
        h->setValue(h->value() - m_columnWidth);
    else if (point.x() > r.right())
        h->setValue(h->value() + m_columnWidth);
    if (r.contains(point))
        m_autoScroll->stop();
    else if (!m_autoScroll->isActive())
        m_autoScroll->start();
    m_cursor = positionAt(point);
    viewport()->update();
}

void ConsoleOutput::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const Position at = positionAt(event->position().toPoint());
    if (!(event->modifiers() & Qt::ShiftModifier))
        m_anchor = at;
    m_cursor = at;
    m_selecting = true;
    viewport()->update();
}

void ConsoleOutput::mouseMoveEvent(QMouseEvent* event)
{
    if (m_selecting && (event->buttons() & Qt::LeftButton))
        dragTo(event->position().toPoint());
}

void ConsoleOutput::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_selecting)
        return;
    m_selecting = false;
    m_autoScroll->stop();
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (hasSelection() && clipboard->supportsSelection())
        clipboard->setText(selectedText(), QClipboard::Selection);
}

void ConsoleOutput::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_transcript)
        return;
    const Position at = positionAt(event->position().toPoint());
    if (!m_transcript->lines().contains(at.line))
        return;
    const QString text = m_transcript->lines().text(at.line);
    qint64 from = std::min<qint64>(at.column, text.size());
    qint64 to = from;
    while (from > 0 && isWordChar(text.at(from - 1)))
        --from;
    while (to < text.size() && isWordChar(text.at(to)))
        ++to;
    setSelection(Position{at.line, from}, Position{at.line, to});
}

void ConsoleOutput::keyPressEvent(QKeyEvent* event)
{
    QScrollBar* v = verticalScrollBar();
    QScrollBar* h = horizontalScrollBar();
    if (event == QKeySequence::Copy) {
        copy();
    } else if (event == QKeySequence::SelectAll) {
        selectAll();
    } else if (event->key() == Qt::Key_PageUp) {
        v->triggerAction(QAbstractSlider::SliderPageStepSub);
    } else if (event->key() == Qt::Key_PageDown) {
        v->triggerAction(QAbstractSlider::SliderPageStepAdd);
    } else if (event->key() == Qt::Key_Up) {
        v->triggerAction(QAbstractSlider::SliderSingleStepSub);
    } else if (event->key() == Qt::Key_Down) {
        v->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    } else if (event->key() == Qt::Key_Left) {
        h->triggerAction(QAbstractSlider::SliderSingleStepSub);
    } else if (event->key() == Qt::Key_Right) {
        h->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    } else if (event->key() == Qt::Key_Home) {
        v->triggerAction(QAbstractSlider::SliderToMinimum);
        h->triggerAction(QAbstractSlider::SliderToMinimum);
    } else if (event->key() == Qt::Key_End) {
        h->triggerAction(QAbstractSlider::SliderToMinimum);
        followEnd();
    } else if (event->key() == Qt::Key_Escape && hasSelection()) {
        clearSelection();
    } else {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ConsoleOutput::contextMenuEvent(QContextMenuEvent* event)
{
    auto* menu = new QMenu(this);
    menu->setObjectName(u"consoleOutputMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction* copyAction = menu->addAction(tr("&Copy"), this, &ConsoleOutput::copy);
    copyAction->setObjectName(u"consoleCopy"_s);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setEnabled(hasSelection());
    menu->addSeparator();
    QAction* all = menu->addAction(tr("Select &All"), this, &ConsoleOutput::selectAll);
    all->setObjectName(u"consoleSelectAll"_s);
    all->setShortcut(QKeySequence::SelectAll);
    all->setEnabled(m_transcript && !m_transcript->lines().isEmpty());
    menu->popup(event->globalPos()); // not exec(): no nested event loop
}

void ConsoleOutput::paintEvent(QPaintEvent*)
{
    QPainter p(viewport());
    const QRect r = viewport()->rect();
    if (!m_transcript || (m_transcript->lines().isEmpty())) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(r.adjusted(kMargin, kMargin, -kMargin, -kMargin),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
        return;
    }
    const ConsoleLines& lines = m_transcript->lines();
    const qint64 top = verticalScrollBar()->value();
    const qint64 rows = std::min<qint64>(rowCount() - top, r.height() / m_lineHeight + 2);
    for (qint64 i = 0; i < rows; ++i) {
        const int y = kMargin + int(i) * m_lineHeight;
        const LineIndex line = rowBase() + LineCount(top + i);
        if (line < lines.firstLine()) { // the note about dropped lines
            p.setFont(m_fonts[2]);
            p.setPen(m_transcript->colors().dim());
            p.drawText(QPoint(kMargin - horizontalScrollBar()->value(), y + m_ascent),
                       m_transcript->droppedNotice());
            continue;
        }
        paintLine(p, line, y);
    }
}

void ConsoleOutput::paintLine(QPainter& p, LineIndex line, int y)
{
    // Columns: the font is monospace, each piece starts at its column. Only the columns in
    // sight are drawn, so a line of 8,000 characters costs what its visible part does.
    const int xOffset = horizontalScrollBar()->value();
    const qint64 firstColumn = std::max(0, xOffset / m_columnWidth - 1);
    const qint64 endColumn = firstColumn + viewport()->width() / m_columnWidth + 3;
    const auto [selFrom, selTo] = selection();
    qint64 selStart = -1;
    qint64 selEnd = -1;
    if (hasSelection() && line >= selFrom.line && line <= selTo.line) {
        selStart = line == selFrom.line ? selFrom.column : 0;
        selEnd = line == selTo.line ? selTo.column : m_transcript->lines().length(line) + 1; // + the line end
    }
    const QColor text = palette().color(QPalette::Text);
    const QColor highlight = palette().color(QPalette::Highlight);
    const QColor highlighted = palette().color(QPalette::HighlightedText);
    const auto xOf = [&](qint64 column) {
        return int(kMargin + column * m_columnWidth - xOffset);
    };
    qint64 column = 0;
    for (const ConsoleTranscript::Piece& piece : m_transcript->pieces(line)) {
        const qint64 start = column;
        const qint64 end = column + piece.text.size();
        column = end;
        const qint64 from = std::max(start, firstColumn);
        const qint64 to = std::min(end, endColumn);
        if (to <= from)
            continue;
        const QTextCharFormat& f = piece.format;
        if (f.hasProperty(QTextFormat::BackgroundBrush))
            p.fillRect(QRect(xOf(from), y, int(to - from) * m_columnWidth, m_lineHeight), f.background());
        const bool bold = f.hasProperty(QTextFormat::FontWeight) && f.fontWeight() >= QFont::DemiBold;
        QFont font = m_fonts[size_t((bold ? 1 : 0) | (f.fontItalic() ? 2 : 0))];
        font.setUnderline(f.fontUnderline());
        font.setStrikeOut(f.fontStrikeOut());
        p.setFont(font);
        const QString visible = piece.text.sliced(from - start, to - from);
        const qint64 s0 = piece.mark ? to : std::clamp(selStart, from, to);
        const qint64 s1 = piece.mark ? to : std::clamp(selEnd, from, to);
        p.setPen(f.hasProperty(QTextFormat::ForegroundBrush) ? f.foreground().color() : text);
        p.drawText(QPoint(xOf(from), y + m_ascent), visible);
        if (s1 > s0) { // the selected part again, in the highlight's colours
            const QRect sel(xOf(s0), y, int(s1 - s0) * m_columnWidth, m_lineHeight);
            p.save();
            p.setClipRect(sel);
            p.fillRect(sel, highlight);
            p.setPen(highlighted);
            p.drawText(QPoint(xOf(from), y + m_ascent), visible);
            p.restore();
        }
    }
    if (selEnd > column) // the line end is selected too
        p.fillRect(QRect(xOf(column), y, m_columnWidth / 2 + 1, m_lineHeight), highlight);
}

} // namespace capataz::ui
