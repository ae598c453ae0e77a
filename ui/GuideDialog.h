#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace capataz::ui {

// Help > Guide: a short built-in guide (what each tab is for, what the dead-man switch does,
// where data is kept, what roles protect) and a way to the full manual (README.md) where it is
// installed. Written again in the new language on a language switch.
class GuideDialog final : public QDialog {
    Q_OBJECT
public:
    explicit GuideDialog(QWidget* parent = nullptr);

    // README.md next to an installed Capataz (share/doc/capataz) or in the source tree of a
    // development build; empty when neither is there.
    [[nodiscard]] static QString manualPath();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QTextBrowser* m_text;
    QPushButton* m_manual;
    QPushButton* m_close;
};

} // namespace capataz::ui
