#pragma once

#include <QPushButton>

class QLineEdit;

namespace capataz::ui {

// "Browse…" next to a path field: opens a file dialog (open(), never exec()) at the field's
// current path and writes the chosen file or folder back into the field. Translates itself.
class BrowseButton final : public QPushButton {
    Q_OBJECT
public:
    enum class Kind { Folder, PemFile };
    BrowseButton(QLineEdit* field, Kind kind, QWidget* parent = nullptr);

    // The field with the button on its right, to put in a form row.
    [[nodiscard]] static QWidget* row(QLineEdit* field, BrowseButton* button, QWidget* parent);

protected:
    void changeEvent(QEvent* event) override;

private:
    void browse();
    void retranslateUi();

    QLineEdit* m_field;
    Kind m_kind;
};

} // namespace capataz::ui
