// The only file of core/setup that includes yaml-cpp (as ComposeYaml.cpp in core/stack).
#include "setup/Answers.h"

#include <yaml-cpp/yaml.h>

#include <exception>

namespace capataz::setup {

namespace {

constexpr int kMaxDepth = 32; // answers files are flat; deeper nesting is a mistake or an attack

QVariant toVariant(const YAML::Node& node, int depth, QString* error)
{
    if (depth > kMaxDepth) {
        if (error->isEmpty())
            *error = QStringLiteral("nested more than %1 levels deep").arg(kMaxDepth);
        return {};
    }
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        return QString::fromStdString(node.Scalar());
    case YAML::NodeType::Sequence: {
        QVariantList list;
        for (const auto& item : node)
            list << toVariant(item, depth + 1, error);
        return list;
    }
    case YAML::NodeType::Map: {
        QVariantMap map;
        for (const auto& item : node)
            map.insert(QString::fromStdString(item.first.as<std::string>("")),
                       toVariant(item.second, depth + 1, error));
        return map;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return {};
}

// A rough bound of the nesting before yaml-cpp recurses into it (its parser recurses once per
// level and a deep flow collection would overflow the stack).
bool tooDeep(QByteArrayView text)
{
    int flow = 0;
    for (const char c : text) {
        if (c == '[' || c == '{') {
            if (++flow > kMaxDepth)
                return true;
        } else if ((c == ']' || c == '}') && flow > 0) {
            --flow;
        }
    }
    return false;
}

} // namespace

Result<AnswerMap> parseAnswers(QByteArrayView yaml)
{
    if (tooDeep(yaml))
        return fail(ErrorCode::ParseError, QStringLiteral("nested more than %1 levels deep").arg(kMaxDepth));
    YAML::Node root;
    try {
        root = YAML::Load(std::string(yaml.data(), static_cast<std::size_t>(yaml.size())));
    } catch (const YAML::Exception& e) {
        if (e.mark.is_null())
            return fail(ErrorCode::ParseError, QString::fromStdString(e.msg));
        return fail(ErrorCode::ParseError, QStringLiteral("line %1, column %2: %3")
                                               .arg(e.mark.line + 1)
                                               .arg(e.mark.column + 1)
                                               .arg(QString::fromStdString(e.msg)));
    } catch (const std::exception& e) {
        return fail(ErrorCode::ParseError, QString::fromUtf8(e.what()));
    }
    if (root.IsNull() || !root.IsDefined())
        return AnswerMap{};
    if (!root.IsMap())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("the answers file must be a mapping (key: value lines)"));
    QString error;
    const QVariant v = toVariant(root, 0, &error);
    if (!error.isEmpty())
        return fail(ErrorCode::ParseError, error);
    return AnswerMap(v.toMap());
}

} // namespace capataz::setup
