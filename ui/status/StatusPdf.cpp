#include "StatusPdf.h"

#include "StatusView.h"

#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace capataz::ui {

VoidResult exportStatusPdf(const StatusView& view, const QString& title, const QString& path)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return fail(ErrorCode::LocalFileError, u"cannot write %1: %2"_s.arg(path, probe.errorString()));
    }
    {
        QPdfWriter writer(path);
        writer.setTitle(title);
        writer.setCreator(u"Capataz"_s);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setResolution(96);
        QTextDocument doc;
        QString html = view.toHtml();
        html.replace(u"<body style=\"font-family: sans-serif;\">"_s,
                     u"<body style=\"font-family: sans-serif;\"><p style=\"color:#555;\">%1</p>"_s.arg(
                         title.toHtmlEscaped()));
        doc.setHtml(html);
        doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        doc.print(&writer);
    } // the writer closes the file
    if (QFileInfo(path).size() == 0)
        return fail(ErrorCode::LocalFileError, u"the PDF writer wrote nothing to %1"_s.arg(path));
    return {};
}

} // namespace capataz::ui
