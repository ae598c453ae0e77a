#pragma once

// Helpers for widget tests: a throwaway data directory and HOME, finding the dialog that
// the window opened (dialogs are opened with open(), never exec()).
#include <QApplication>
#include <QDialog>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace capataz::test {

template <typename T> T* findTopLevel(const QString& objectName = {})
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* t = qobject_cast<T*>(w);
            t && t->isVisible() && (objectName.isEmpty() || t->objectName() == objectName))
            return t;
    }
    return nullptr;
}

template <typename T> T* child(QWidget* root, const QString& name)
{
    return root ? root->findChild<T*>(name) : nullptr;
}

} // namespace capataz::test
