// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archivemanifest.h"
#include "engineerror.h"
#include "helpercontainer.h"

#include <QFuture>
#include <QLatin1StringView>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>

class QIODevice;
class QTimer;

namespace Stasis
{

class EngineExchange;
class EngineClient;
class HelperLease;

/// Puts an imported checkpoint (a plain tar) into a container's checkpoint
/// folder so that the engine never lists it half written, even when Stasis
/// or the engine is killed meanwhile.
///
/// The engine lists every folder under `<DockerRootDir>/containers/<id>/
/// checkpoints/`, and `PUT …/archive` is not atomic. So the tar goes into a
/// staging folder beside `checkpoints/` (stagingName()), through a helper
/// container that bind-mounts the container's folder; then the helper runs
/// the static tool `stasis-stage` of Stasis's helper image (HelperImage,
/// app/stagetool), which renames the staging folder to
/// `checkpoints/<name>` in one step without replacing anything, once the
/// staging folder holds exactly the files sent. On failure or cancel, a second
/// helper runs `stasis-stage discard`; each commit also removes staging
/// folders abandoned for an hour. Both helpers are removed. An upload that
/// sends nothing for idleTimeout fails well before that hour, so no other
/// import takes a live upload's folder for debris.
class CheckpointStager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckpointStager)

public:
    explicit CheckpointStager(EngineClient *client, QObject *parent = nullptr);
    ~CheckpointStager() override;

    /// Where the helper sees the container's folder.
    static constexpr QLatin1StringView containerMount{"/container"};
    static constexpr QLatin1StringView stagingPrefix{"stasis-import-"};
    /// The tool's exit status when the final name exists.
    static constexpr int nameTakenExitCode = 17;
    static constexpr std::chrono::milliseconds defaultIdleTimeout = std::chrono::minutes(10);

    /// The one top folder every entry of the body lies in, e.g.
    /// `stasis-import-<uuid>/cr/…`; fixed for this stager.
    QString stagingName() const
    {
        return m_stagingName;
    }

    /// Imports @p body, a plain tar of exactly @p size bytes read as it becomes
    /// readable, as checkpoint @p checkpoint of @p container (name or id).
    /// @p files are the regular files the body holds under stagingName(),
    /// with their sizes: the commit refuses a staging folder that differs.
    /// Refused before anything is written when the name is taken. Once per
    /// stager; @p body stays open until finished(). Delete the stager after
    /// finished(): deleted earlier, it removes its helpers but may leave a
    /// staging folder until a later import into the container.
    void start(const QString &container, const QString &checkpoint, QIODevice *body, qint64 size, const QList<ArchiveFileEntry> &files);
    /// How long the upload may send nothing before it fails; before start().
    void setIdleTimeout(std::chrono::milliseconds timeout);
    /// Aborts: finished() follows with a Cancelled error, and nothing stays
    /// behind. Once the commit runs, it is too late: finished() then says
    /// how the commit ended.
    void cancel();

Q_SIGNALS:
    void uploadProgress(qint64 sent, qint64 total);
    void finished(const Stasis::EngineResult<void> &result);

private:
    enum class Phase {
        Idle,
        Preparing,
        Uploading,
        Committing,
        CleaningUp,
        Done,
    };

    void locate();
    HelperContainer::Spec toolHelper(const QStringList &command) const;
    void createCommitHelper();
    /// Copies the list of files the commit checks into @p helper.
    QFuture<EngineResult<void>> sendFileList(const QString &helper);
    void checkNameFree();
    void upload();
    /// The upload finished, was cancelled or stalled.
    void uploaded();
    void commit();
    void committed(int exitCode);
    /// Removes the helpers (and the staging folder when it may exist), then finishes.
    void cleanUp(const EngineResult<void> &result);
    void discard(const EngineResult<void> &result);
    void removeHelpers(const EngineResult<void> &result);
    void finish(EngineResult<void> result);
    /// True (and cleaning up) when cancel() came while a request ran.
    bool cancelledMeanwhile();
    EngineError failure(EngineError error) const;
    QString stagingPath() const;

    QPointer<EngineClient> m_client;
    QString m_stagingName;
    QString m_container;
    QString m_checkpoint;
    QPointer<QIODevice> m_body;
    qint64 m_size = 0;
    QList<ArchiveFileEntry> m_files;
    QTimer *m_idle;
    /// The upload was aborted for sending nothing.
    bool m_stalled = false;
    Phase m_phase = Phase::Idle;
    bool m_cancelled = false;
    /// The body's upload began: the staging folder may exist.
    bool m_stagingWritten = false;
    QString m_containerFolder;
    QList<std::shared_ptr<HelperLease>> m_helpers;
    QPointer<EngineExchange> m_upload;
};

} // namespace Stasis
