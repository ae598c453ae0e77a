#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace capataz::plan {

// A unified diff (as `diff -u` prints it) of two texts, line by line: "--- old", "+++ new",
// "@@ -a,b +c,d @@" hunks with `context` unchanged lines around each change, and
// "\ No newline at end of file" where a text does not end in a newline. Empty when the texts
// are equal. Lines are matched by a longest common subsequence (O(n*m) table over the lines
// that remain after the common head and tail are stripped: fine for configuration files).
[[nodiscard]] QString unifiedDiff(QStringView oldText, QStringView newText, const QString& oldLabel,
                                  const QString& newLabel, int context = 3);

} // namespace capataz::plan
