#include "LogView.h"

#include "LogText.h"
#include "console/ConsoleColors.h"
#include "logs/LogSearch.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QThreadPool>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

namespace {

constexpr int kGap = 12;                    // between columns
constexpr qsizetype kMaxPainted = 4000;     // characters of a message painted (a 1 MiB line is not laid out)
constexpr qint64 kCopyOnThisThread = 20000; // more selected lines than this are copied on a worker

bool isDark(const QPalette& p)
{
    return p.color(QPalette::Base).lightness() < 128;
}

QColor levelColor(logs::Level level, const QPalette& palette, const ConsoleColors& colors)
{
    const bool dark = isDark(palette);
    switch (level) {
    case logs::Level::Critical:
    case logs::Level::Error:
        return colors.error();
    case logs::Level::Warning:
        return dark ? QColor(0xE8, 0xB0, 0x4C) : QColor(0x9A, 0x5B, 0x00);
    case logs::Level::Notice:
    case logs::Level::Info:
        return dark ? QColor(0x82, 0xB4, 0xFF) : QColor(0x1F, 0x5F, 0xA8);
    case logs::Level::Debug:
    case logs::Level::Trace:
        return colors.dim();
    case logs::Level::Unknown:
        break;
    }
    return palette.color(QPalette::Text);
}

} // namespace

LogView::LogView(QWidget* parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(u"logView"_s);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setAutoFillBackground(true);
    viewport()->setBackgroundRole(QPalette::Base);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    updateMetrics();
}

LogView::~LogView() = default;

void LogView::updateMetrics()
{
    const QFontMetrics fm(font());
    m_rowHeight = fm.height() + 4;
    m_ascent = fm.ascent() + 2;
    m_charWidth = qMax(1, fm.horizontalAdvance(u'0'));
    m_timeWidth = fm.horizontalAdvance(u"00:00:00.000"_s);
    int level = 0;
    for (auto l : {logs::Level::Trace, logs::Level::Debug, logs::Level::Info, logs::Level::Notice,
                   logs::Level::Warning, logs::Level::Error, logs::Level::Critical})
        level = qMax(level, fm.horizontalAdvance(LogText::level(l)));
    m_levelWidth = level;
    // In exact (fractional) widths, rounded up: elidedText() measures so, and a column as wide
    // as the rounded-down width cut "worker" to "wo…er".
    const QFontMetricsF exact(font());
    int lane = 0;
    for (const QString& n : m_laneNames)
        lane = qMax(lane, int(std::ceil(exact.horizontalAdvance(n))) + 1);
    m_laneWidth = m_laneColumn ? qMin(lane, 18 * m_charWidth) : -kGap;
    updateScrollBars();
}

void LogView::setLaneNames(const QStringList& names)
{
    if (names == m_laneNames)
        return;
    m_laneNames = names;
    updateMetrics();
    viewport()->update();
}

void LogView::setLaneColumnVisible(bool visible)
{
    m_laneColumn = visible;
    updateMetrics();
    viewport()->update();
}

void LogView::setPlaceholderText(const QString& text)
{
    if (text == m_placeholder)
        return;
    m_placeholder = text;
    viewport()->update();
}

void LogView::setSnapshot(const logs::LogSnapshot& snapshot)
{
    m_snapshot = snapshot;
    onRowsChanged();
}

void LogView::setSearch(logs::LogSearch* search)
{
    if (m_search)
        disconnect(m_search, nullptr, this, nullptr);
    m_search = search;
    if (search) {
        connect(search, &logs::LogSearch::matchesAdded, this, &LogView::onRowsChanged);
        connect(search, &logs::LogSearch::finished, this, &LogView::onRowsChanged);
    }
    onRowsChanged();
}

void LogView::setHighlight(const logs::LogFilter& filter)
{
    m_highlight = filter;
    m_hasHighlight = !filter.query().text.isEmpty() && !filter.query().invert;
    viewport()->update();
}

qint64 LogView::rowCount() const
{
    if (m_search)
        return m_search->matchCount();
    return m_snapshot.size().get();
}

logs::LogSeq LogView::rowSeq(qint64 row) const
{
    if (m_search)
        return m_search->match(row);
    return logs::LogSeq(m_snapshot.first().get() + row);
}

qint64 LogView::rowOf(logs::LogSeq seq) const
{
    if (m_search)
        return m_search->indexOf(seq);
    return std::clamp<qint64>(seq.get() - m_snapshot.first().get(), 0, rowCount());
}

int LogView::pageRows() const
{
    return qMax(1, viewport()->height() / m_rowHeight);
}

qint64 LogView::topRow() const
{
    const qint64 count = rowCount();
    const qint64 maxTop = qMax<qint64>(0, count - pageRows());
    if (m_follow)
        return maxTop;
    return qMin(rowOf(m_top), maxTop);
}

void LogView::setFollowing(bool follow)
{
    if (m_follow == follow)
        return;
    m_follow = follow;
    if (follow)
        onRowsChanged();
    emit followingChanged(follow);
}

void LogView::onRowsChanged()
{
    const qint64 count = rowCount();
    if (count > 0) {
        const qint64 top = topRow();
        m_top = rowSeq(qMin(top, count - 1));
    }
    updateScrollBars();
    viewport()->update();
}

void LogView::updateScrollBars()
{
    m_updatingBars = true;
    const qint64 count = rowCount();
    const qint64 maxTop = qMax<qint64>(0, count - pageRows());
    QScrollBar* v = verticalScrollBar();
    v->setRange(0, int(qMin<qint64>(maxTop, std::numeric_limits<int>::max())));
    v->setPageStep(pageRows());
    v->setSingleStep(1);
    v->setValue(int(qMin<qint64>(topRow(), std::numeric_limits<int>::max())));
    const int messageX = m_timeWidth + m_levelWidth + m_laneWidth + 3 * kGap + 6;
    QScrollBar* h = horizontalScrollBar();
    h->setRange(0, qMax(0, messageX + m_messageWidth - viewport()->width() + 8));
    h->setPageStep(viewport()->width());
    h->setSingleStep(m_charWidth * 4);
    m_updatingBars = false;
}

void LogView::scrollContentsBy(int, int dy)
{
    if (m_updatingBars) {
        viewport()->update();
        return;
    }
    if (dy != 0) {
        QScrollBar* v = verticalScrollBar();
        const bool atEnd = v->value() >= v->maximum();
        const qint64 count = rowCount();
        if (count > 0)
            m_top = rowSeq(qMin<qint64>(v->value(), count - 1));
        if (atEnd != m_follow) {
            m_follow = atEnd;
            emit followingChanged(atEnd);
        }
    }
    viewport()->update();
}

qint64 LogView::rowAt(int y) const
{
    const qint64 row = topRow() + y / m_rowHeight;
    return row < rowCount() ? row : -1;
}

bool LogView::isSelected(logs::LogSeq seq) const
{
    if (!m_hasCurrent)
        return false;
    if (m_allSelected)
        return true;
    const auto [lo, hi] = std::minmax(m_anchor, m_current);
    // Rows are in line order, so a range of rows is a range of line numbers.
    return seq >= lo && seq <= hi;
}

void LogView::setCurrentSeq(logs::LogSeq seq, bool extendSelection)
{
    m_allSelected = false;
    if (!extendSelection || !m_hasCurrent)
        m_anchor = seq;
    m_current = seq;
    m_hasCurrent = true;
    scrollToSeq(seq);
    emit currentChanged();
}

void LogView::scrollToSeq(logs::LogSeq seq)
{
    const qint64 row = rowOf(seq);
    const qint64 count = rowCount();
    const qint64 top = topRow();
    const int page = pageRows();
    if (row >= top && row < top + page) {
        viewport()->update();
        return;
    }
    const bool last = row >= count - 1;
    if (!last && m_follow) {
        m_follow = false;
        emit followingChanged(false);
    }
    const qint64 newTop = qBound<qint64>(0, row - page / 3, qMax<qint64>(0, count - page));
    if (count > 0)
        m_top = rowSeq(newTop);
    updateScrollBars();
    viewport()->update();
}

void LogView::selectAllRows()
{
    const qint64 count = rowCount();
    if (count == 0)
        return;
    m_anchor = rowSeq(0);
    m_current = rowSeq(count - 1);
    m_hasCurrent = true;
    m_allSelected = true;
    viewport()->update();
    emit currentChanged();
}

std::vector<qint64> LogView::selectedSeqs(qint64 limit) const
{
    std::vector<qint64> out;
    if (!m_hasCurrent)
        return out;
    const qint64 count = rowCount();
    qint64 from = 0;
    qint64 to = count;
    if (!m_allSelected) {
        const auto [lo, hi] = std::minmax(m_anchor, m_current);
        from = rowOf(lo);
        to = rowOf(logs::LogSeq(hi.get() + 1));
    }
    if (limit >= 0)
        to = qMin(to, from + limit);
    out.reserve(std::size_t(qMax<qint64>(0, to - from)));
    for (qint64 r = from; r < to; ++r) {
        const logs::LogSeq s = rowSeq(r);
        if (m_snapshot.contains(s))
            out.push_back(s.get());
    }
    return out;
}

void LogView::copy()
{
    std::vector<qint64> seqs = selectedSeqs();
    if (seqs.empty())
        return;
    auto format = [snapshot = m_snapshot, lanes = m_laneNames](const std::vector<qint64>& list) {
        QString text;
        for (qint64 s : list) {
            text += LogText::line(snapshot.line(logs::LogSeq(s)), lanes);
            text += u'\n';
        }
        return text;
    };
    if (qint64(seqs.size()) <= kCopyOnThisThread) {
        QApplication::clipboard()->setText(format(seqs));
        return;
    }
    // Many lines: formatted on a worker; the clipboard is set back on this thread.
    emit busyChanged(true);
    QPointer<LogView> self(this);
    QThreadPool::globalInstance()->start([self, format, seqs = std::move(seqs)] {
        QString text = format(seqs);
        QMetaObject::invokeMethod(qApp, [self, text = std::move(text)] {
            QApplication::clipboard()->setText(text);
            if (self)
                emit self->busyChanged(false);
        });
    });
}

QStringList LogView::visibleText() const
{
    QStringList out;
    const qint64 top = topRow();
    const qint64 end = qMin(rowCount(), top + pageRows());
    for (qint64 r = top; r < end; ++r) {
        const logs::LogSeq s = rowSeq(r);
        if (m_snapshot.contains(s))
            out << LogText::line(m_snapshot.line(s), m_laneNames);
    }
    return out;
}

void LogView::paintEvent(QPaintEvent*)
{
    QPainter p(viewport());
    const QPalette pal = palette();
    const qint64 count = rowCount();
    if (count == 0) {
        if (!m_placeholder.isEmpty()) {
            p.setPen(pal.color(QPalette::PlaceholderText));
            p.drawText(viewport()->rect().adjusted(16, 16, -16, -16),
                       Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap, m_placeholder);
        }
        return;
    }
    const qint64 top = topRow();
    const int rows = viewport()->height() / m_rowHeight + 1;
    for (int i = 0; i < rows && top + i < count; ++i) {
        const logs::LogSeq s = rowSeq(top + i);
        if (!m_snapshot.contains(s))
            continue;
        paintRow(p, m_snapshot.line(s), i * m_rowHeight, isSelected(s), m_hasCurrent && s == m_current);
    }
}

void LogView::paintRow(QPainter& p, const logs::LogLine& line, int y, bool selected, bool current)
{
    const QPalette pal = palette();
    const ConsoleColors colors(pal);
    const int w = viewport()->width();
    const QRect rowRect(0, y, w, m_rowHeight);
    const int hx = horizontalScrollBar()->value();
    if (selected)
        p.fillRect(rowRect,
                   pal.color(hasFocus() ? QPalette::Active : QPalette::Inactive, QPalette::Highlight));
    else if (line.mark)
        p.fillRect(rowRect, isDark(pal) ? QColor(0x4A, 0x40, 0x20) : QColor(0xFF, 0xF4, 0xC8));
    else if (line.level >= logs::Level::Error)
        p.fillRect(rowRect, isDark(pal) ? QColor(0x40, 0x20, 0x20) : QColor(0xFF, 0xEC, 0xEC));
    if (current && hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Text), 1, Qt::DotLine));
        p.drawRect(rowRect.adjusted(0, 0, -1, -1));
    }
    const QColor text = selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text);
    const int baseline = y + m_ascent;
    int x = 6 - hx;

    const LogText::Shown shown =
        line.mark ? LogText::Shown{line.text(), 0, line.timeMs, false} : LogText::shown(line);
    p.setPen(selected ? text : colors.dim());
    p.drawText(x, baseline, LogText::time(shown.timeMs, false));
    x += m_timeWidth + kGap;
    if (line.mark) {
        QFont f = font();
        f.setItalic(true);
        p.setFont(f);
        p.setPen(text);
        p.drawText(x, baseline, shown.text);
        p.setFont(font());
        return;
    }
    p.setPen(selected ? text : levelColor(line.level, pal, colors));
    if (line.level >= logs::Level::Critical) {
        QFont f = font();
        f.setBold(true);
        p.setFont(f);
    }
    p.drawText(x, baseline, LogText::level(line.level));
    p.setFont(font());
    x += m_levelWidth + kGap;
    p.setPen(selected ? text : colors.dim());
    const QFontMetrics fm(font());
    if (m_laneColumn)
        p.drawText(x, baseline, fm.elidedText(m_laneNames.value(line.source), Qt::ElideMiddle, m_laneWidth));
    x += m_laneWidth + kGap;

    const QString msg = shown.text.left(kMaxPainted);
    // Highlights of the filter's text, found in what is shown.
    if (m_hasHighlight && !selected) {
        const QByteArray utf8 = msg.toUtf8();
        const QColor hl = isDark(pal) ? QColor(0x80, 0x68, 0x10) : QColor(0xFF, 0xE0, 0x66);
        for (const logs::ByteRange& r : m_highlight.highlights(utf8)) {
            const int x0 = x + fm.horizontalAdvance(msg.left(r.start));
            const int x1 = x + fm.horizontalAdvance(msg.left(r.start + r.length));
            p.fillRect(QRect(x0, y + 1, qMax(2, x1 - x0), m_rowHeight - 2), hl);
        }
    }
    // The text in runs: ANSI colours where the line has them, the fields note dimmed.
    QList<exec::StyleSpan> spans;
    if (line.hasSpans && !shown.json && !selected)
        spans = m_snapshot.spans(line.seq);
    qsizetype pos = 0;
    auto draw = [&](qsizetype to, const QColor& colour) {
        to = qMin(to, msg.size());
        if (to <= pos)
            return;
        const QString part = msg.mid(pos, to - pos);
        p.setPen(colour);
        p.drawText(x + fm.horizontalAdvance(msg.left(pos)), baseline, part);
        pos = to;
    };
    const QColor normal =
        selected
            ? text
            : (line.channel == exec::Channel::Stderr && line.level == logs::Level::Unknown ? colors.error()
                                                                                           : text);
    for (const exec::StyleSpan& s : spans) {
        draw(s.start, normal);
        const QColor c = colors.terminal(s.style.foreground);
        draw(s.start + s.length, c.isValid() ? c : normal);
    }
    draw(shown.plainLength, normal);
    draw(msg.size(), selected ? text : colors.dim());
    const int width = fm.horizontalAdvance(msg);
    if (width > m_messageWidth) {
        m_messageWidth = width;
        QMetaObject::invokeMethod(this, &LogView::updateScrollBars, Qt::QueuedConnection);
    }
}

void LogView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void LogView::changeEvent(QEvent* event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        updateMetrics();
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange)
        viewport()->update();
}

void LogView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy)) {
        copy();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        selectAllRows();
        return;
    }
    const qint64 count = rowCount();
    if (count == 0) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    const qint64 row = m_hasCurrent ? rowOf(m_current) : topRow();
    qint64 to = -1;
    switch (event->key()) {
    case Qt::Key_Up:
        to = row - 1;
        break;
    case Qt::Key_Down:
        to = row + 1;
        break;
    case Qt::Key_PageUp:
        to = row - pageRows();
        break;
    case Qt::Key_PageDown:
        to = row + pageRows();
        break;
    case Qt::Key_Home:
        if (event->modifiers() & Qt::ControlModifier || !m_hasCurrent)
            to = 0;
        break;
    case Qt::Key_End:
        if (event->modifiers() & Qt::ControlModifier || !m_hasCurrent) {
            setFollowing(true);
            return;
        }
        break;
    default:
        break;
    }
    if (to < 0 && event->key() != Qt::Key_Up && event->key() != Qt::Key_PageUp &&
        event->key() != Qt::Key_Home) {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    to = qBound<qint64>(0, to, count - 1);
    setCurrentSeq(rowSeq(to), event->modifiers() & Qt::ShiftModifier);
}

void LogView::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    const qint64 row = rowAt(int(event->position().y()));
    if (row < 0)
        return;
    if (event->button() == Qt::RightButton && isSelected(rowSeq(row)))
        return; // the context menu acts on the selection
    m_allSelected = false;
    const logs::LogSeq s = rowSeq(row);
    if (!(event->modifiers() & Qt::ShiftModifier) || !m_hasCurrent)
        m_anchor = s;
    m_current = s;
    m_hasCurrent = true;
    viewport()->update();
    emit currentChanged();
}

void LogView::mouseMoveEvent(QMouseEvent* event)
{
    if (!(event->buttons() & Qt::LeftButton) || !m_hasCurrent)
        return;
    const qint64 row = rowAt(qBound(0, int(event->position().y()), viewport()->height() - 1));
    if (row < 0)
        return;
    m_current = rowSeq(row);
    viewport()->update();
    emit currentChanged();
}

void LogView::mouseDoubleClickEvent(QMouseEvent* event)
{
    mousePressEvent(event);
}

void LogView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    QAction* copyAction = menu.addAction(tr("&Copy"), this, &LogView::copy);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setEnabled(m_hasCurrent);
    QAction* all = menu.addAction(tr("Select &all"), this, &LogView::selectAllRows);
    all->setShortcut(QKeySequence::SelectAll);
    menu.exec(event->globalPos());
}

} // namespace capataz::ui
