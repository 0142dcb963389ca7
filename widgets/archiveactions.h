// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archiveformat.h"
#include "archivevalidation.h"
#include "exportjob.h"
#include "workspace.h"

#include <QObject>

class QAbstractItemView;
class QAction;
class QMimeData;
class QWidget;

namespace Stasis
{

/// The main window's Export… and Import… actions: the export dialog, a file
/// dialog that remembers its folder, the import dialog, dropping an archive onto a
/// container, and the export and import jobs they queue in the workspace.
class ArchiveActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveActions)

public:
    /// Dialogs open over @p window; jobs go to @p workspace.
    ArchiveActions(Workspace *workspace, QWidget *window);

    QAction *exportAction() const
    {
        return m_exportAction;
    }
    QAction *importAction() const
    {
        return m_importAction;
    }

    /// What the window shows as selected; @p usable false disables both
    /// actions with @p problem as their tooltip.
    void setSelection(const QString &containerId, const QString &containerName, const QString &checkpoint, const QString &checkpointFolder);
    void setUsable(bool usable, const QString &problem);
    /// Lets archives dropped onto the rows of @p containerView (a view of
    /// ContainerModel) be imported into that row's container.
    void acceptDrops(QAbstractItemView *containerView);

    /// Exports the selected checkpoint to @p file (format from its name,
    /// tar.zst when it has none). Returns the job's id, 0 when nothing is selected.
    quint64 exportSelected(const QString &file);
    /// Exports the selected checkpoint as @p request says (its file, format
    /// and what goes along; the selection names the checkpoint).
    quint64 exportSelected(ExportJob::Request request);
    /// Imports @p file into the container @p target (an id or name), as @p options say.
    quint64 importArchive(const QString &file, const QString &target, const Workspace::ImportOptions &options = {});
    /// Shows the import dialog for @p file (asks for the file when empty).
    void openImportDialog(const QString &file, const QString &preferredContainerId);

Q_SIGNALS:
    /// A job was queued that changes @p containerId's checkpoints.
    void jobQueued(quint64 id, const QString &containerId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseExportFile();
    void chooseImportFile(const QString &preferredContainerId);
    static QString archiveOf(const QMimeData *mimeData);

    Workspace *m_workspace;
    QWidget *m_window;
    QAbstractItemView *m_containerView = nullptr;
    QAction *m_exportAction;
    QAction *m_importAction;
    QString m_containerId;
    QString m_containerName;
    QString m_checkpoint;
    QString m_checkpointFolder;
    bool m_usable = false;
};

} // namespace Stasis
