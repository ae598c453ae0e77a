#include "BrowseButton.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

BrowseButton::BrowseButton(QLineEdit* field, Kind kind, QWidget* parent)
    : QPushButton(parent)
    , m_field(field)
    , m_kind(kind)
{
    setObjectName(field->objectName() + u"Browse"_s);
    connect(this, &QPushButton::clicked, this, &BrowseButton::browse);
    retranslateUi();
}

QWidget* BrowseButton::row(QLineEdit* field, BrowseButton* button, QWidget* parent)
{
    auto* w = new QWidget(parent);
    auto* l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(field, 1);
    l->addWidget(button);
    return w;
}

void BrowseButton::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QPushButton::changeEvent(event);
}

void BrowseButton::retranslateUi()
{
    setText(tr("Browse…"));
    setToolTip(m_kind == Kind::Folder ? tr("Choose a folder on this computer")
                                      : tr("Choose a file on this computer"));
}

void BrowseButton::browse()
{
    const QString current = m_field->text().trimmed();
    const QString start = current.isEmpty()        ? QString()
                          : m_kind == Kind::Folder ? current
                                                   : QFileInfo(current).absolutePath();
    auto* dialog = new QFileDialog(
        window(), m_kind == Kind::Folder ? tr("Choose the folder to upload") : tr("Choose a CA file"), start,
        m_kind == Kind::Folder ? QString() : tr("Certificates (*.pem *.crt);;All files (*)"));
    dialog->setObjectName(u"browseDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_kind == Kind::Folder) {
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
    } else {
        dialog->setFileMode(QFileDialog::ExistingFile);
    }
    connect(dialog, &QFileDialog::fileSelected, m_field,
            [this](const QString& path) { m_field->setText(path); });
    dialog->open();
}

} // namespace capataz::ui
