// SPDX-License-Identifier: GPL-2.0-or-later
#include "archiveactions.h"

#include "containermodel.h"
#include "exportdialog.h"
#include "importdialog.h"
#include "workspace.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMimeData>
#include <QSettings>

namespace Stasis
{

namespace
{
const QString importFolderKey = QStringLiteral("archives/importFolder");

QString rememberedFolder(const QString &key)
{
    const QString folder = QSettings().value(key).toString();
    return QFileInfo(folder).isDir() ? folder : QDir::homePath();
}
} // namespace

ArchiveActions::ArchiveActions(Workspace *workspace, QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_window(window)
    , m_exportAction(new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("E&xport…"), this))
    , m_importAction(new QAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import…"), this))
{
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_exportAction, &QAction::triggered, this, &ArchiveActions::chooseExportFile);
    connect(m_importAction, &QAction::triggered, this, [this] {
        chooseImportFile(m_containerId);
    });
    setUsable(false, tr("Not connected to an engine."));
}

void ArchiveActions::setSelection(const QString &containerId, const QString &containerName, const QString &checkpoint, const QString &checkpointFolder)
{
    m_containerId = containerId;
    m_containerName = containerName;
    m_checkpoint = checkpoint;
    m_checkpointFolder = checkpointFolder;
    setUsable(m_usable, m_importAction->toolTip());
}

void ArchiveActions::setUsable(bool usable, const QString &problem)
{
    m_usable = usable;
    m_exportAction->setEnabled(usable && !m_checkpoint.isEmpty());
    m_exportAction->setToolTip(usable ? tr("Write the selected checkpoint into one archive file, to import it here or on another host (Ctrl+E)") : problem);
    m_importAction->setEnabled(usable);
    m_importAction->setToolTip(usable ? tr("Import a checkpoint archive into a container (Ctrl+I); you can also drop the file onto a container") : problem);
}

void ArchiveActions::acceptDrops(QAbstractItemView *containerView)
{
    m_containerView = containerView;
    containerView->setAcceptDrops(true);
    containerView->viewport()->setAcceptDrops(true);
    containerView->viewport()->installEventFilter(this);
}

bool ArchiveActions::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_containerView || watched != m_containerView->viewport()) {
        return QObject::eventFilter(watched, event);
    }
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDropEvent *>(event);
        const bool onContainer = m_containerView->indexAt(drag->position().toPoint()).isValid();
        if (m_usable && onContainer && !archiveOf(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
        } else {
            drag->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QModelIndex row = m_containerView->indexAt(drop->position().toPoint());
        const QString archive = archiveOf(drop->mimeData());
        if (!m_usable || !row.isValid() || archive.isEmpty()) {
            drop->ignore();
            return true;
        }
        drop->acceptProposedAction();
        openImportDialog(archive, row.data(ContainerModel::IdRole).toString());
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

QString ArchiveActions::archiveOf(const QMimeData *mimeData)
{
    const QList<QUrl> urls = mimeData->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile()) {
        return {};
    }
    const QString file = urls.first().toLocalFile();
    return ArchiveFormats::fromFileName(file) ? file : QString();
}

void ArchiveActions::chooseExportFile()
{
    if (m_checkpoint.isEmpty()) {
        return;
    }
    auto *dialog = new ExportDialog(m_checkpoint, m_containerName, m_window);
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        exportSelected(dialog->request());
    });
    dialog->open();
}

quint64 ArchiveActions::exportSelected(const QString &file)
{
    ExportJob::Request request;
    request.outputPath = file;
    request.format = ArchiveFormats::fromFileName(file).value_or(ArchiveFormat::TarZstd);
    return exportSelected(request);
}

quint64 ArchiveActions::exportSelected(ExportJob::Request request)
{
    if (!m_workspace->session() || m_checkpoint.isEmpty()) {
        return 0;
    }
    request.container = m_containerId;
    request.checkpoint = m_checkpoint;
    request.directory = m_checkpointFolder;
    const quint64 id =
        m_workspace->exportCheckpoint(request, tr("Export %1 of %2 to %3").arg(m_checkpoint, m_containerName, QFileInfo(request.outputPath).fileName()));
    Q_EMIT jobQueued(id, m_containerId);
    return id;
}

void ArchiveActions::chooseImportFile(const QString &preferredContainerId)
{
    auto *dialog = new QFileDialog(m_window, tr("Import a checkpoint archive"));
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Checkpoint archives (*.tar.zst *.tzst *.tar.gz *.tgz *.tar.xz *.txz *.zip)"), tr("All files (*)")});
    dialog->setDirectory(rememberedFolder(importFolderKey));
    connect(dialog, &QFileDialog::fileSelected, this, [this, preferredContainerId](const QString &file) {
        QSettings().setValue(importFolderKey, QFileInfo(file).absolutePath());
        openImportDialog(file, preferredContainerId);
    });
    dialog->open();
}

void ArchiveActions::openImportDialog(const QString &file, const QString &preferredContainerId)
{
    if (file.isEmpty()) {
        chooseImportFile(preferredContainerId);
        return;
    }
    QList<ImportDialog::Container> containers;
    if (m_containerView) {
        const QAbstractItemModel *model = m_containerView->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, ContainerModel::NameColumn);
            containers.append({index.data(ContainerModel::IdRole).toString(), index.data().toString()});
        }
    }
    auto *dialog = new ImportDialog(file, containers, preferredContainerId, m_window);
    dialog->setObjectName(QStringLiteral("importDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Workspace::ImportOptions options;
        options.checkpointName = dialog->checkpointName();
        options.createContainer = dialog->createsContainer();
        options.allowHostAccess = dialog->allowsHostAccess();
        options.applyFileSystem = dialog->appliesFileSystem();
        options.reuseVolumes = dialog->reusesVolumes();
        options.validated = dialog->validation();
        importArchive(dialog->archive(), dialog->target(), options);
    });
    dialog->open();
}

quint64 ArchiveActions::importArchive(const QString &file, const QString &target, const Workspace::ImportOptions &options)
{
    if (!m_workspace->session()) {
        return 0;
    }
    const quint64 id = m_workspace->importArchive(file,
                                                  target,
                                                  options,
                                                  options.createContainer ? tr("Import %1 into a new container %2").arg(QFileInfo(file).fileName(), target)
                                                                          : tr("Import %1").arg(QFileInfo(file).fileName()));
    Q_EMIT jobQueued(id, target);
    return id;
}

} // namespace Stasis
