#pragma once

#include <QPlainTextEdit>

namespace Gatehouse::Ui {

/// A read-only view of one estate file, scrolled to a line with that line
/// highlighted — where the errors panel "jumps" to. Files are small YAML
/// documents, so they are read on the UI thread.
class SourceViewer : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit SourceViewer(QWidget *parent = nullptr);

    /// Shows `file` with `line` (1-based; 0 = top) highlighted and the cursor at
    /// `column`. Returns false (and shows why) when the file cannot be read.
    bool showLocation(const QString &file, int line, int column = 1);

    QString currentFile() const { return m_file; }
    /// The highlighted line, 1-based; 0 when none.
    int highlightedLine() const { return m_line; }

private:
    QString m_file;
    int m_line = 0;
};

} // namespace Gatehouse::Ui
