// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "archivevalidation.h"
#include "engineendpoint.h"
#include "enginetypes.h"
#include "exportjob.h"
#include "jobqueue.h"
#include "movejob.h"

#include <QObject>
#include <QPointer>

#include <expected>
#include <functional>
#include <map>
#include <optional>

class KJob;

namespace Stasis
{

class CheckpointLister;
class EngineClient;
class EngineSession;
struct RestoreRequest;

/// What a program works with: the current engine (an EngineSession), the
/// job queue, and the checkpoint lister — the application's controller,
/// shared by the window and stasisctl.
///
/// Jobs are queued through the enqueue functions, whose factories hold a
/// guarded reference to the session they were queued for: after switching
/// engines, once the old session is gone, a retry of its jobs fails with a
/// message instead of reaching a freed client. A replaced session stays
/// alive while its jobs are queued or running and while helper containers
/// of its client live. After a job ends, its container is refreshed and,
/// when it is the one whose checkpoints are shown, listed again.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    /// Makes the job with the client of the session it was queued for.
    using JobMaker = std::function<KJob *(EngineClient *client)>;

    explicit Workspace(QObject *parent = nullptr);
    /// The sessions whose helper containers still live stay until they are removed.
    ~Workspace() override;

    /// Replaces the current session by one for @p endpoint (not started:
    /// call EngineSession::start()); the old one is retired.
    EngineSession *connectTo(const EngineEndpoint &endpoint);
    /// Nullptr before connectTo().
    EngineSession *session() const
    {
        return m_session;
    }
    JobQueue *jobs() const
    {
        return m_jobs;
    }
    CheckpointLister *lister() const
    {
        return m_lister;
    }

    /// Whose checkpoints are shown (container id and folder): they are listed
    /// again when a job of that container ends.
    void setShownCheckpoints(const QString &container, const QString &folder);

    /// Queues the job @p make makes, for the current session, serialized
    /// with the other jobs of @p containerKey.
    JobQueue::Id enqueue(const QString &containerKey, const QString &description, const JobMaker &make);
    /// As enqueue(), with a maker that may refuse to make the job (why, for the user).
    JobQueue::Id
    enqueueRefusable(const QString &containerKey, const QString &description, const std::function<std::expected<KJob *, QString>(EngineClient *client)> &make);
    JobQueue::Id checkpoint(const QString &container, const CheckpointOptions &options, const QString &description);
    JobQueue::Id restore(const RestoreRequest &request, const QString &description);
    JobQueue::Id remove(const QString &container, const QString &checkpoint, const QString &folder, const QString &description);
    JobQueue::Id exportCheckpoint(const ExportJob::Request &request, const QString &description);
    struct ImportOptions {
        /// The checkpoint's name on the engine; the archive's when empty.
        QString checkpointName;
        /// Into a new container of the target's name, created from the archive.
        bool createContainer = false;
        /// Even when its configuration reaches the host (HostAccess).
        bool allowHostAccess = false;
        /// Writes the archive's file system changes into an existing container too.
        bool applyFileSystem = false;
        /// Uses a volume the archive carries as it is when the engine has one of that name.
        bool reuseVolumes = false;
        /// A check already made of the file: when it is still that file's
        /// (ArchiveValidation::isOf), the job does not check it again.
        std::optional<ArchiveValidation> validated;
    };
    /// Imports @p file into @p target (an id or name), as @p options say (ImportJob).
    JobQueue::Id importArchive(const QString &file, const QString &target, const ImportOptions &options, const QString &description);
    struct MoveOptions {
        /// Keeps the source stopped with its checkpoint.
        bool keepSource = false;
        /// Even when its configuration reaches the host (HostAccess).
        bool allowHostAccess = false;
    };
    /// Moves a container of the current session's engine to @p target's
    /// (MoveJob); @p target must outlive the job, else the job fails to start.
    JobQueue::Id move(EngineSession *target, const MoveJob::Request &request, const MoveOptions &options, const QString &description);

Q_SIGNALS:
    /// connectTo() made @p session current.
    void sessionChanged(Stasis::EngineSession *session);

private:
    void jobEnded(JobQueue::Id id);
    void retire(EngineSession *session);
    void releaseRetired();
    bool hasActiveJobs(const EngineSession *session) const;

    JobQueue *m_jobs;
    CheckpointLister *m_lister;
    EngineSession *m_session = nullptr;
    /// The session each job was queued for.
    std::map<JobQueue::Id, QPointer<EngineSession>> m_sessionOf;
    QList<QPointer<EngineSession>> m_retired;
    QString m_shownContainer;
    QString m_shownFolder;
};

} // namespace Stasis
