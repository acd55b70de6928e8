#include "sourceviewer.h"

#include <QFile>
#include <QFontDatabase>
#include <QTextBlock>

namespace Gatehouse::Ui {

SourceViewer::SourceViewer(QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("sourceViewer"));
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setPlaceholderText(tr("Activate an error to see its place in the estate file."));
}

bool SourceViewer::showLocation(const QString &file, int line, int column)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        m_file.clear();
        m_line = 0;
        setExtraSelections({});
        setPlainText(tr("Cannot open %1: %2").arg(file, f.errorString()));
        return false;
    }
    // Always re-read: the file has usually just been edited.
    const QString text = QString::fromUtf8(f.readAll());
    if (m_file != file || text != toPlainText())
        setPlainText(text);
    m_file = file;
    m_line = line;

    QList<QTextEdit::ExtraSelection> selections;
    const QTextBlock block = document()->findBlockByNumber(qMax(0, line - 1));
    if (line > 0 && block.isValid()) {
        QTextEdit::ExtraSelection highlight;
        highlight.format.setBackground(palette().color(QPalette::Highlight));
        highlight.format.setForeground(palette().color(QPalette::HighlightedText));
        highlight.format.setProperty(QTextFormat::FullWidthSelection, true);
        highlight.cursor = QTextCursor(block);
        highlight.cursor.clearSelection();
        selections.append(highlight);

        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                            qBound(0, column - 1, qMax(0, block.length() - 1)));
        setTextCursor(cursor);
    } else {
        moveCursor(QTextCursor::Start);
    }
    setExtraSelections(selections);
    centerCursor();
    return true;
}

} // namespace Gatehouse::Ui
