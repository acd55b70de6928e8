#pragma once

#include "models/diagnostic.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace Gatehouse::Models {
class DiagnosticModel;
}

namespace Gatehouse::Ui {

class SourceViewer;

/// The estate errors panel: a table of loader findings (file:line:column,
/// severity, message) and, beside it, a read-only viewer of the file. Activating
/// a row (double-click or Enter) jumps to the entry: the viewer scrolls to the
/// line and highlights it, and — unless disabled — the file is also opened in
/// the user's editor through QDesktopServices. UI thread only.
class DiagnosticsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DiagnosticsPanel(QWidget *parent = nullptr);

    void setDiagnostics(const Models::Diagnostics &diagnostics);
    /// Relative file names in diagnostics are resolved against this folder.
    void setBaseFolder(const QString &folder);
    /// Whether activating an entry also opens it in the system's editor (on by default).
    void setOpenExternally(bool open) { m_openExternally = open; }

    int errorCount() const;
    QTableView *view() const { return m_view; }
    SourceViewer *viewer() const { return m_viewer; }
    Models::DiagnosticModel *model() const { return m_model; }

    /// Jumps to the entry in `row` of the table.
    void activateRow(int row);

Q_SIGNALS:
    /// An entry was activated; `file` is absolute.
    void locationActivated(const QString &file, int line, int column);

private:
    QString resolve(const QString &file) const;

    Models::DiagnosticModel *m_model;
    QTableView *m_view;
    SourceViewer *m_viewer;
    QLabel *m_summary;
    QString m_baseFolder;
    bool m_openExternally = true;
};

} // namespace Gatehouse::Ui
