#include "diagnosticspanel.h"

#include "sourceviewer.h"

#include "plural.h"

#include "models/diagnosticmodel.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace Gatehouse::Ui {

using Models::DiagnosticModel;

DiagnosticsPanel::DiagnosticsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new DiagnosticModel(this))
    , m_view(new QTableView(this))
    , m_viewer(new SourceViewer(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("diagnosticsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->setSpacing(4);
    m_summary->setObjectName(QStringLiteral("diagnosticsSummary"));
    layout->addWidget(m_summary);

    m_view->setObjectName(QStringLiteral("diagnosticsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setColumnWidth(DiagnosticModel::LocationColumn, 300);
    m_view->setColumnWidth(DiagnosticModel::SeverityColumn, 80);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_viewer);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) { activateRow(index.row()); });
    setDiagnostics({});
}

void DiagnosticsPanel::setDiagnostics(const Models::Diagnostics &diagnostics)
{
    m_model->setDiagnostics(diagnostics);
    const int errors = errorCount();
    const int warnings = int(diagnostics.size()) - errors;
    if (diagnostics.isEmpty())
        m_summary->setText(tr("No problems in the estate."));
    else
        m_summary->setText(plural(tr("%n error(s)", nullptr, errors), errors) + QStringLiteral(", ")
                           + plural(tr("%n warning(s)", nullptr, warnings), warnings) + QStringLiteral(" — ")
                           + tr("double-click an entry or press Enter to jump to it."));
}

void DiagnosticsPanel::setBaseFolder(const QString &folder)
{
    m_baseFolder = folder;
}

int DiagnosticsPanel::errorCount() const
{
    int errors = 0;
    for (const auto &d : m_model->diagnostics())
        errors += d.severity == Models::Diagnostic::Severity::Error ? 1 : 0;
    return errors;
}

QString DiagnosticsPanel::resolve(const QString &file) const
{
    if (QFileInfo(file).isAbsolute() || m_baseFolder.isEmpty())
        return file;
    return QDir(m_baseFolder).absoluteFilePath(file);
}

void DiagnosticsPanel::activateRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid())
        return;
    const QString file = resolve(index.data(DiagnosticModel::FileRole).toString());
    const int line = index.data(DiagnosticModel::LineRole).toInt();
    const int column = index.data(DiagnosticModel::ColumnRole).toInt();
    m_view->selectRow(row);
    m_viewer->showLocation(file, line, column);
    if (m_openExternally)
        QDesktopServices::openUrl(QUrl::fromLocalFile(file));
    Q_EMIT locationActivated(file, line, column);
}

} // namespace Gatehouse::Ui
