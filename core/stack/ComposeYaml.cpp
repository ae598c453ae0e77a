#include "stack/ComposeYaml.h"

#include <algorithm>
#include <exception>
#include <string>

namespace capataz::stack::yaml {

namespace {

// An upper bound of yaml-cpp's recursion depth for this text: per line, the indentation plus
// the compact block indicators that open a nested node on the same line, plus the flow
// brackets still open. Quoted text is not skipped, so brackets inside quotes count too (the
// estimate only errs on the high side).
int estimatedNesting(QByteArrayView text)
{
    int flow = 0;
    int deepest = 0;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        int indent = 0;
        while (i < n && (text[i] == ' ' || text[i] == '\t')) {
            ++indent;
            ++i;
        }
        int compact = 0;
        while (i + 1 < n && (text[i] == '-' || text[i] == '?' || text[i] == ':') &&
               (text[i + 1] == ' ' || text[i + 1] == '\t')) {
            ++compact;
            i += 2;
            while (i < n && (text[i] == ' ' || text[i] == '\t'))
                ++i;
        }
        for (; i < n && text[i] != '\n'; ++i) {
            const char c = text[i];
            if (c == '[' || c == '{')
                ++flow;
            else if ((c == ']' || c == '}') && flow > 0)
                --flow;
            deepest = std::max(deepest, indent + compact + flow);
        }
        deepest = std::max(deepest, indent + compact + flow);
        ++i;
    }
    return deepest;
}

QString located(const YAML::Mark& mark, const std::string& message)
{
    if (mark.is_null())
        return QString::fromStdString(message);
    return QStringLiteral("line %1, column %2: %3")
        .arg(mark.line + 1)
        .arg(mark.column + 1)
        .arg(QString::fromStdString(message));
}

} // namespace

Result<YAML::Node> loadDocument(QByteArrayView text)
{
    if (text.size() > maxInputBytes)
        return fail(ErrorCode::ParseError,
                    QStringLiteral("line 1, column 1: input larger than %1 bytes").arg(maxInputBytes));
    if (text.contains('\0'))
        return fail(ErrorCode::ParseError, QStringLiteral("line 1, column 1: input contains a NUL byte"));
    if (estimatedNesting(text) > maxNestingDepth)
        return fail(ErrorCode::ParseError,
                    QStringLiteral("line 1, column 1: nesting deeper than %1 levels").arg(maxNestingDepth));
    try {
        YAML::Node root = YAML::Load(std::string(text.data(), std::size_t(text.size())));
        if (!root.IsDefined() || root.IsNull())
            return fail(ErrorCode::ParseError, QStringLiteral("line 1, column 1: empty document"));
        return root;
    } catch (const YAML::Exception& e) {
        return fail(ErrorCode::ParseError, located(e.mark, e.msg));
    } catch (const std::exception& e) {
        return fail(ErrorCode::ParseError, QString::fromLocal8Bit(e.what()));
    }
}

int lineOf(const YAML::Node& node)
{
    try {
        const YAML::Mark mark = node.Mark();
        return mark.is_null() ? 0 : mark.line + 1;
    } catch (const std::exception&) {
        return 0;
    }
}

YAML::Node child(const YAML::Node& map, const char* key)
{
    try {
        if (map.IsDefined() && map.IsMap()) {
            const YAML::Node value = map[key];
            if (value.IsDefined())
                return value;
        }
    } catch (const std::exception&) {
    }
    return YAML::Node(YAML::NodeType::Null);
}

YAML::Node first(const YAML::Node& sequence)
{
    try {
        if (sequence.IsDefined() && sequence.IsSequence() && sequence.size() > 0)
            return sequence[0];
    } catch (const std::exception&) {
    }
    return YAML::Node(YAML::NodeType::Null);
}

QString scalar(const YAML::Node& node)
{
    try {
        if (node.IsDefined() && node.IsScalar())
            return QString::fromStdString(node.Scalar());
    } catch (const std::exception&) {
    }
    return {};
}

QString problem(int line, const QString& field, const QString& message)
{
    return QStringLiteral("line %1: %2: %3").arg(line).arg(field, message);
}

YAML::Node resolveMergeKeys(const YAML::Node& mapping)
{
    try {
        if (!mapping.IsMap())
            return mapping;
        bool hasMerge = false;
        for (const auto& kv : mapping) {
            if (kv.first.IsScalar() && kv.first.Scalar() == "<<") {
                hasMerge = true;
                break;
            }
        }
        if (!hasMerge)
            return mapping;
        YAML::Node out(YAML::NodeType::Map);
        for (const auto& kv : mapping) {
            if (!(kv.first.IsScalar() && kv.first.Scalar() == "<<"))
                out[kv.first] = kv.second;
        }
        for (const auto& kv : mapping) {
            if (!(kv.first.IsScalar() && kv.first.Scalar() == "<<"))
                continue;
            YAML::Node sources = kv.second;
            auto mergeOne = [&out](const YAML::Node& src) {
                if (!src.IsMap())
                    return;
                for (const auto& skv : src) {
                    if (skv.first.IsScalar() && !out[skv.first.Scalar()].IsDefined())
                        out[skv.first.Scalar()] = skv.second;
                }
            };
            if (sources.IsSequence()) {
                for (const auto& s : sources)
                    mergeOne(s);
            } else {
                mergeOne(sources);
            }
        }
        return out;
    } catch (const std::exception&) {
        return mapping;
    }
}

} // namespace capataz::stack::yaml
