#include "plan/UnifiedDiff.h"

#include <algorithm>
#include <vector>

namespace capataz::plan {

namespace {

struct Line {
    QStringView text;    // without the '\n'
    bool newline = true; // false for a last line without '\n'
    bool operator==(const Line&) const = default;
};

std::vector<Line> splitLines(QStringView text)
{
    std::vector<Line> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype nl = text.indexOf(u'\n', start);
        if (nl < 0) {
            lines.push_back({text.mid(start), false});
            break;
        }
        lines.push_back({text.mid(start, nl - start), true});
        start = nl + 1;
    }
    return lines;
}

enum class Op { Keep, Remove, Add };
struct Edit {
    Op op;
    std::size_t oldIndex; // valid for Keep and Remove
    std::size_t newIndex; // valid for Keep and Add
};

std::vector<Edit> editScript(const std::vector<Line>& a, const std::vector<Line>& b)
{
    std::size_t head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    std::size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    const std::size_t n = a.size() - head - tail;
    const std::size_t m = b.size() - head - tail;

    // lcs[i][j]: length of the LCS of a[head+i..] and b[head+j..] (middle part only). Beyond
    // kMaxCells the middle is shown as removed then added: correct, only not minimal.
    constexpr std::size_t kMaxCells = 4'000'000;
    const bool tooBig = n > 0 && m > 0 && (n + 1) * (m + 1) > kMaxCells;
    std::vector<std::vector<std::size_t>> lcs(tooBig ? 1 : n + 1,
                                              std::vector<std::size_t>(tooBig ? 1 : m + 1, 0));
    if (tooBig) {
        std::vector<Edit> edits;
        for (std::size_t k = 0; k < head; ++k)
            edits.push_back({Op::Keep, k, k});
        for (std::size_t k = 0; k < n; ++k)
            edits.push_back({Op::Remove, head + k, 0});
        for (std::size_t k = 0; k < m; ++k)
            edits.push_back({Op::Add, 0, head + k});
        for (std::size_t k = 0; k < tail; ++k)
            edits.push_back({Op::Keep, head + n + k, head + m + k});
        return edits;
    }
    for (std::size_t i = n; i-- > 0;) {
        for (std::size_t j = m; j-- > 0;) {
            lcs[i][j] =
                a[head + i] == b[head + j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }

    std::vector<Edit> edits;
    edits.reserve(head + tail + n + m);
    for (std::size_t k = 0; k < head; ++k)
        edits.push_back({Op::Keep, k, k});
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[head + i] == b[head + j]) {
            edits.push_back({Op::Keep, head + i, head + j});
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            edits.push_back({Op::Remove, head + i, 0}); // removals first, as diff -u prints them
            ++i;
        } else {
            edits.push_back({Op::Add, 0, head + j});
            ++j;
        }
    }
    for (std::size_t k = 0; k < tail; ++k)
        edits.push_back({Op::Keep, head + n + k, head + m + k});
    return edits;
}

QString range(std::size_t start, std::size_t count)
{
    // diff -u: "l,s", "l" when s == 1, and the line before the hunk when s == 0.
    if (count == 1)
        return QString::number(start + 1);
    return QStringLiteral("%1,%2").arg(count == 0 ? start : start + 1).arg(count);
}

void appendLine(QString& out, QChar prefix, const Line& line)
{
    out += prefix;
    out += line.text;
    out += u'\n';
    if (!line.newline)
        out += QStringLiteral("\\ No newline at end of file\n");
}

} // namespace

QString unifiedDiff(QStringView oldText, QStringView newText, const QString& oldLabel,
                    const QString& newLabel, int context)
{
    if (oldText == newText)
        return {};
    const std::vector<Line> a = splitLines(oldText);
    const std::vector<Line> b = splitLines(newText);
    const std::vector<Edit> edits = editScript(a, b);
    const std::size_t ctx = static_cast<std::size_t>(std::max(0, context));

    QString out = QStringLiteral("--- ") + oldLabel + QStringLiteral("\n+++ ") + newLabel + u'\n';
    std::size_t k = 0;
    while (k < edits.size()) {
        // Next change.
        std::size_t first = k;
        while (first < edits.size() && edits[first].op == Op::Keep)
            ++first;
        if (first == edits.size())
            break;
        // Extend the hunk while the gap of kept lines between changes is at most 2*ctx.
        std::size_t last = first; // one past the last change in the hunk
        for (;;) {
            while (last < edits.size() && edits[last].op != Op::Keep)
                ++last;
            std::size_t next = last;
            while (next < edits.size() && edits[next].op == Op::Keep)
                ++next;
            if (next < edits.size() && next - last <= 2 * ctx)
                last = next;
            else
                break;
        }
        const std::size_t begin = first - std::min(ctx, first - k);
        const std::size_t end = std::min(edits.size(), last + ctx);

        std::size_t oldStart = 0;
        std::size_t newStart = 0;
        std::size_t oldCount = 0;
        std::size_t newCount = 0;
        // The line numbers where the hunk starts: count what lies before it.
        for (std::size_t e = 0; e < begin; ++e) {
            if (edits[e].op != Op::Add)
                ++oldStart;
            if (edits[e].op != Op::Remove)
                ++newStart;
        }
        QString body;
        for (std::size_t e = begin; e < end; ++e) {
            const Edit& edit = edits[e];
            switch (edit.op) {
            case Op::Keep:
                ++oldCount;
                ++newCount;
                appendLine(body, u' ', a[edit.oldIndex]);
                break;
            case Op::Remove:
                ++oldCount;
                appendLine(body, u'-', a[edit.oldIndex]);
                break;
            case Op::Add:
                ++newCount;
                appendLine(body, u'+', b[edit.newIndex]);
                break;
            }
        }
        out += QStringLiteral("@@ -") + range(oldStart, oldCount) + QStringLiteral(" +") +
               range(newStart, newCount) + QStringLiteral(" @@\n") + body;
        k = end;
    }
    return out;
}

} // namespace capataz::plan
