// SPDX-License-Identifier: GPL-2.0-or-later
#include "workspace.h"

#include "checkpointlister.h"
#include "containermonitor.h"
#include "createcheckpointjob.h"
#include "engineclient.h"
#include "enginesession.h"
#include "helperregistry.h"
#include "importjob.h"
#include "removecheckpointjob.h"
#include "restoreplan.h"
#include "workspacelogging.h"

#include <QTimer>

namespace Stasis
{

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_jobs(new JobQueue(this))
    , m_lister(new CheckpointLister(this))
{
    connect(m_jobs, &JobQueue::jobFinished, this, &Workspace::jobEnded);
    connect(m_jobs, &JobQueue::recordRemoved, this, [this](JobQueue::Id id) {
        m_sessionOf.erase(id);
    });
}

Workspace::~Workspace()
{
    // The queue's jobs use the sessions' clients: it goes first.
    delete m_jobs;
    const QList<EngineSession *> sessions = findChildren<EngineSession *>(Qt::FindDirectChildrenOnly);
    for (EngineSession *session : sessions) {
        if (session->helpers()->liveCount() > 0) {
            // A checkpoint listing is between creating its helper container and
            // removing it: the session and its client stay until it did, or the
            // helper would stay on the engine.
            session->monitor()->stop();
            session->setParent(nullptr);
            session->helpers()->whenNoneLive().then(session, [session] {
                session->deleteLater();
            });
        }
    }
}

EngineSession *Workspace::connectTo(const EngineEndpoint &endpoint)
{
    EngineSession *old = m_session;
    m_session = new EngineSession(endpoint, this);
    m_lister->setClient(m_session->client());
    m_shownContainer.clear();
    m_shownFolder.clear();
    qCDebug(lcWorkspace) << "connecting to" << endpoint.displayUrl();
    Q_EMIT sessionChanged(m_session);
    if (old) {
        retire(old);
    }
    return m_session;
}

void Workspace::setShownCheckpoints(const QString &container, const QString &folder)
{
    m_shownContainer = container;
    m_shownFolder = folder;
}

JobQueue::Id Workspace::enqueue(const QString &containerKey, const QString &description, const JobMaker &make)
{
    return enqueueRefusable(containerKey, description, [make](EngineClient *client) -> std::expected<KJob *, QString> {
        return make(client);
    });
}

JobQueue::Id Workspace::enqueueRefusable(const QString &containerKey,
                                         const QString &description,
                                         const std::function<std::expected<KJob *, QString>(EngineClient *client)> &make)
{
    Q_ASSERT(m_session);
    const QPointer<EngineSession> session = m_session;
    const QString engine = m_session->client()->endpoint().displayUrl();
    const JobQueue::Id id = m_jobs->enqueue(
        [session, engine, make]() -> std::expected<KJob *, QString> {
            if (!session) {
                return std::unexpected(tr("The engine %1 this job was queued for is no longer connected: Stasis switched to another engine since. "
                                          "Connect to %1 again, then start the operation anew; Retry cannot reach that engine any more.")
                                           .arg(engine));
            }
            return make(session->client());
        },
        containerKey,
        description);
    m_sessionOf[id] = session;
    return id;
}

JobQueue::Id Workspace::move(EngineSession *target, const MoveJob::Request &request, const MoveOptions &options, const QString &description)
{
    const QPointer<EngineSession> to = target;
    const QString engine = target->client()->endpoint().displayUrl();
    return enqueueRefusable(request.container, description, [to, engine, request, options](EngineClient *client) -> std::expected<KJob *, QString> {
        if (!to) {
            return std::unexpected(tr("The engine %1 to move to is no longer connected: connect to it again, then move anew.").arg(engine));
        }
        auto *job = new MoveJob(client, to->client(), request);
        job->setKeepSource(options.keepSource);
        job->setAllowHostAccess(options.allowHostAccess);
        return job;
    });
}

JobQueue::Id Workspace::checkpoint(const QString &container, const CheckpointOptions &options, const QString &description)
{
    return enqueue(container, description, [container, options](EngineClient *client) {
        return new CreateCheckpointJob(client, container, options);
    });
}

JobQueue::Id Workspace::restore(const RestoreRequest &request, const QString &description)
{
    return enqueue(request.container, description, [request](EngineClient *client) {
        return request.makeJob(client);
    });
}

JobQueue::Id Workspace::remove(const QString &container, const QString &checkpoint, const QString &folder, const QString &description)
{
    return enqueue(container, description, [container, checkpoint, folder](EngineClient *client) {
        return new RemoveCheckpointJob(client, container, checkpoint, folder);
    });
}

JobQueue::Id Workspace::exportCheckpoint(const ExportJob::Request &request, const QString &description)
{
    return enqueue(request.container, description, [request](EngineClient *client) {
        return new ExportJob(client, request);
    });
}

JobQueue::Id Workspace::importArchive(const QString &file, const QString &target, const ImportOptions &options, const QString &description)
{
    return enqueue(target, description, [file, target, options](EngineClient *client) {
        auto *job = new ImportJob(client, file, target);
        job->setCheckpointName(options.checkpointName);
        job->setCreateContainer(options.createContainer);
        job->setAllowHostAccess(options.allowHostAccess);
        job->setApplyFileSystem(options.applyFileSystem);
        job->setReuseVolumes(options.reuseVolumes);
        if (options.validated) {
            job->setValidated(*options.validated);
        }
        return job;
    });
}

void Workspace::jobEnded(JobQueue::Id id)
{
    const JobQueue::Record *record = m_jobs->record(id);
    const auto owner = m_sessionOf.find(id);
    // Removing a checkpoint sends no event: ask again once a job is done.
    if (record && m_session && (owner == m_sessionOf.end() || owner->second == m_session)) {
        m_session->monitor()->refresh(record->containerKey);
        if (!record->containerKey.isEmpty() && record->containerKey == m_shownContainer) {
            m_lister->list(m_shownContainer, m_shownFolder);
        }
    }
    releaseRetired();
}

void Workspace::retire(EngineSession *session)
{
    session->monitor()->stop();
    session->monitor()->disconnect();
    session->disconnect();
    m_retired.append(session);
    releaseRetired();
}

bool Workspace::hasActiveJobs(const EngineSession *session) const
{
    return std::ranges::any_of(m_sessionOf, [this, session](const auto &pair) {
        const JobQueue::Record *record = m_jobs->record(pair.first);
        return pair.second == session && record && !record->isFinished();
    });
}

void Workspace::releaseRetired()
{
    for (auto it = m_retired.begin(); it != m_retired.end();) {
        const QPointer<EngineSession> session = *it;
        if (session && hasActiveJobs(session)) {
            ++it;
            continue;
        }
        it = m_retired.erase(it);
        if (!session) {
            continue;
        }
        // Its last listing may still remove a helper container: the client stays until it did.
        session->helpers()->whenNoneLive().then(this, [this, session] {
            // Later, from the event loop: nothing of the session is on the stack
            // when it goes, and a job retried meanwhile keeps it.
            QTimer::singleShot(0, this, [this, session] {
                if (!session) {
                    return;
                }
                if (hasActiveJobs(session)) {
                    m_retired.append(session);
                    return;
                }
                qCDebug(lcWorkspace) << "released the session of" << session->client()->endpoint().displayUrl();
                delete session.data();
            });
        });
    }
}

} // namespace Stasis
