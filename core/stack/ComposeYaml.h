#pragma once

// Internal to core/stack: the one place yaml-cpp is called. Nothing here throws: yaml-cpp's
// exceptions are caught and turned into Error values. Not for use outside core/stack.

#include "common/Error.h"

#include <QByteArrayView>
#include <QString>

#include <yaml-cpp/yaml.h>

namespace capataz::stack::yaml {

// Inputs larger than this are refused before yaml-cpp sees them.
inline constexpr qsizetype maxInputBytes = 2 * 1024 * 1024;
// Estimated nesting (indentation + compact "- " / "? " indicators + open flow brackets) above
// this is refused before yaml-cpp sees it: yaml-cpp recurses once per level.
inline constexpr int maxNestingDepth = 128;
// At most this many nodes are visited when walking a document: aliases share nodes, so a
// "billion laughs" document is small to parse but huge to walk.
inline constexpr int maxVisitedNodes = 200000;

// Parses one YAML document. ParseError with detail "line L, column C: message" (1-based) for
// invalid YAML, for an input over the size or nesting limits, or for an empty document.
[[nodiscard]] Result<YAML::Node> loadDocument(QByteArrayView text);

// 1-based line of a node (0 when unknown).
[[nodiscard]] int lineOf(const YAML::Node& node);

// map[key] without yaml-cpp's pitfalls: a null (valid) node when `map` is not a mapping or has
// no such key, so IsMap()/IsSequence() on the result never throw.
[[nodiscard]] YAML::Node child(const YAML::Node& map, const char* key);
// The first item of a sequence, or a null node.
[[nodiscard]] YAML::Node first(const YAML::Node& sequence);

// A scalar's text as written (tags ignored); empty for null and non-scalars.
[[nodiscard]] QString scalar(const YAML::Node& node);

// "line L: field: message", the detail format of every validation error in core/stack.
[[nodiscard]] QString problem(int line, const QString& field, const QString& message);

// Counts visits against maxVisitedNodes; false once the budget is spent.
class VisitBudget {
public:
    bool spend() { return ++m_visited <= maxVisitedNodes; }
    [[nodiscard]] bool exhausted() const { return m_visited > maxVisitedNodes; }

private:
    int m_visited = 0;
};

// Resolves YAML merge keys ("<<: *anchor" or "<<: [*a, *b]") the way compose does: keys written
// in the mapping win over merged ones. Returns a new mapping without "<<" (the input when it
// has none). yaml-cpp 0.7 does not apply merge keys itself.
[[nodiscard]] YAML::Node resolveMergeKeys(const YAML::Node& mapping);

} // namespace capataz::stack::yaml
