#include "stack/ComposeVariables.h"

namespace capataz::stack {

namespace {

bool isNameStart(QChar c)
{
    return c == u'_' || (c.unicode() < 128 && c.isLetter());
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c.unicode() < 128 && c.isDigit());
}

// Index just past the "}" closing the "${" whose body starts at `from`; -1 when none.
qsizetype closingBrace(QStringView text, qsizetype from)
{
    int depth = 1;
    for (qsizetype i = from; i < text.size(); ++i) {
        if (text[i] == u'$' && i + 1 < text.size() && text[i + 1] == u'{') {
            ++depth;
            ++i;
        } else if (text[i] == u'}') {
            if (--depth == 0)
                return i + 1;
        }
    }
    return -1;
}

void scan(QStringView text, int line, int nesting, QList<ComposeVariableRef>& out)
{
    if (nesting > 8)
        return;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] != u'$') {
            ++i;
            continue;
        }
        if (i + 1 >= text.size())
            break;
        const QChar next = text[i + 1];
        if (next == u'$') {
            i += 2;
            continue;
        }
        if (isNameStart(next)) {
            qsizetype end = i + 1;
            while (end < text.size() && isNameChar(text[end]))
                ++end;
            out.append({text.mid(i + 1, end - i - 1).toString(), false, false, {}, line});
            i = end;
            continue;
        }
        if (next != u'{') {
            ++i;
            continue;
        }
        const qsizetype close = closingBrace(text, i + 2);
        if (close < 0) {
            i += 2;
            continue;
        }
        const QStringView body = text.mid(i + 2, close - i - 3);
        qsizetype n = 0;
        while (n < body.size() && isNameChar(body[n]))
            ++n;
        if (n == 0 || !isNameStart(body[0])) {
            i = close;
            continue;
        }
        ComposeVariableRef ref{body.left(n).toString(), false, false, {}, line};
        QStringView rest = body.mid(n);
        if (rest.startsWith(u':'))
            rest = rest.mid(1);
        if (!rest.isEmpty()) {
            const QChar op = rest[0];
            const QStringView arg = rest.mid(1);
            if (op == u'-' || op == u'+') {
                ref.hasDefault = true;
                if (op == u'-')
                    ref.defaultValue = arg.toString();
            } else if (op == u'?') {
                ref.required = true;
            }
            out.append(ref);
            scan(arg, line, nesting + 1, out);
        } else {
            out.append(ref);
        }
        i = close;
    }
}

} // namespace

QList<ComposeVariableRef> scanVariableReferences(QStringView text, int line)
{
    QList<ComposeVariableRef> out;
    scan(text, line, 0, out);
    return out;
}

} // namespace capataz::stack
