// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointcopy.h"

#include "asyncrun.h"
#include "checkpointcopysource.h"
#include "checkpointfolder.h"
#include "checkpointlisting.h"
#include "checkpointstager.h"
#include "engineclient.h"
#include "freshtardevice.h"
#include "helperlease.h"
#include "helperregistry.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

namespace Stasis
{

namespace
{

constexpr int listTimeoutMs = 60000;

/// One run of CheckpointCopy::copy().
class CopyRun final : public AsyncRun<CopyRun, EngineResult<void>>
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::CheckpointCopy)

public:
    CopyRun(EngineClient *client, const CheckpointCopy::Source &source, const QString &target)
        : m_client(client)
        , m_sourceClient(source.engine ? source.engine : client)
        , m_source(source)
        , m_target(target)
    {
    }

    void cancel()
    {
        // Before the stager runs, each step looks at m_cancelled when its answer comes.
        m_cancelled = true;
        if (m_stager) {
            m_stager->cancel();
        }
    }

    void start()
    {
        m_client->checkpoints(m_target).then(m_client, [self = shared_from_this()](const EngineResult<QList<CheckpointRef>> &refs) {
            if (!refs) {
                return self->finish(self->explained(refs.error()));
            }
            for (const CheckpointRef &ref : *refs) {
                if (ref.name == self->m_source.checkpoint) {
                    return self->finish(EngineError{EngineError::Kind::Conflict,
                                                    0,
                                                    tr("%1 already has a checkpoint named %2; remove it first, or restore under another name.")
                                                        .arg(self->m_target, self->m_source.checkpoint)});
                }
            }
            self->locate();
        });
    }

private:
    void locate()
    {
        // With a custom source folder, the target's resolution names it; else the source container's default folder does.
        CheckpointFolder::resolve(m_client, m_target, m_source.directory)
            .then(m_client, [self = shared_from_this()](const EngineResult<CheckpointFolder> &target) {
                if (!target) {
                    return self->finish(self->explained(target.error()));
                }
                if (target->custom) {
                    return self->createHelper(target->hostPath);
                }
                CheckpointFolder::resolve(self->m_sourceClient, self->m_source.container)
                    .then(self->m_sourceClient, [self](const EngineResult<CheckpointFolder> &source) {
                        if (!source) {
                            return self->finish(self->explained(source.error()));
                        }
                        self->createHelper(source->hostPath);
                    });
            });
    }

    void createHelper(const QString &sourceFolder)
    {
        // Started once, it lists the checkpoint's files; stopped, it serves their stream.
        HelperContainer::Spec spec = HelperContainer::mounting(sourceFolder, true);
        spec.command = {QStringLiteral("list"), HelperContainer::pathInside(m_source.checkpoint)};
        HelperRegistry::of(m_sourceClient)
            ->create(spec)
            .then(m_sourceClient, [self = shared_from_this()](const EngineResult<std::shared_ptr<HelperLease>> &helper) {
                if (!helper) {
                    EngineError error = helper.error();
                    error.message = tr("Cannot copy checkpoint %1: creating a helper container failed: %2").arg(self->m_source.checkpoint, error.message);
                    return self->finish(error);
                }
                self->m_sourceHelper = *helper;
                self->statCheckpoint();
            });
    }

    void statCheckpoint()
    {
        if (m_cancelled) {
            return cleanUp(cancelled());
        }
        m_sourceClient->archiveStat(m_sourceHelper->id(), HelperContainer::pathInside(m_source.checkpoint))
            .then(m_sourceClient, [self = shared_from_this()](const EngineResult<PathStat> &stat) {
                if (!stat || !stat->isDirectory()) {
                    if (!stat && stat.error().kind != EngineError::Kind::NotFound) {
                        return self->cleanUp(self->explained(stat.error()));
                    }
                    return self->cleanUp(EngineError{EngineError::Kind::NotFound,
                                                     0,
                                                     tr("There is no checkpoint %1 in %2.").arg(self->m_source.checkpoint, self->sourceDescription())});
                }
                self->m_modified = stat->modified;
                self->list();
            });
    }

    /// The files and their sizes, for the exact size of the copy's tar, from
    /// the helper's listing: the files themselves are read once, by the copy.
    void list()
    {
        if (m_cancelled) {
            return cleanUp(cancelled());
        }
        m_sourceHelper->run(listTimeoutMs).then(m_sourceClient, [self = shared_from_this()](const EngineResult<int> &exitCode) {
            if (!exitCode) {
                return self->cleanUp(self->explained(exitCode.error()));
            }
            self->m_sourceClient->logs(self->m_sourceHelper->id())
                .then(self->m_sourceClient, [self, exitCode = *exitCode](const EngineResult<QByteArray> &output) {
                    if (self->m_cancelled) {
                        return self->cleanUp(self->cancelled());
                    }
                    if (!output) {
                        return self->cleanUp(self->explained(output.error()));
                    }
                    if (exitCode != 0) {
                        const QString problem = tr("listing its files failed (exit status %1): %2").arg(exitCode).arg(QString::fromUtf8(output->trimmed()));
                        return self->cleanUp(self->explained(EngineError{EngineError::Kind::ServerError, 0, problem}));
                    }
                    auto files = CheckpointListing::parse(*output, ArchiveLimits::fromSettings());
                    if (!files) {
                        return self->cleanUp(self->explained(EngineError{EngineError::Kind::Protocol, 0, files.error()}));
                    }
                    self->m_files = *files;
                    self->stage();
                });
        });
    }

    /// Pass 2: the copy, streamed into a staging folder and committed at once.
    void stage()
    {
        m_stager = new CheckpointStager(m_client, m_client);
        m_body = new FreshTarDevice(m_files,
                                    m_stager->stagingName(),
                                    m_modified,
                                    std::make_unique<CheckpointCopySource>(m_sourceClient, m_sourceHelper->id(), m_source.checkpoint),
                                    m_stager);
        if (!m_body->open(QIODevice::ReadOnly)) {
            const QString message = m_body->errorString();
            m_stager->deleteLater();
            return cleanUp(explained(EngineError{EngineError::Kind::BadRequest, 0, message}));
        }
        QObject::connect(m_stager, &CheckpointStager::finished, m_client, [self = shared_from_this()](const EngineResult<void> &staged) {
            std::optional<EngineError> failure;
            if (!staged) {
                failure = staged.error();
                // The body's own error (the source changed, the download broke) says more than the engine's broken pipe.
                if (self->m_body && self->m_body->hasFailed()) {
                    failure->message = tr("Cannot copy checkpoint %1 from %2 to %3: %4")
                                           .arg(self->m_source.checkpoint, self->sourceDescription(), self->m_target, self->m_body->errorString());
                }
            }
            self->m_stager->deleteLater();
            self->cleanUp(failure);
        });
        m_stager->start(m_target, m_source.checkpoint, m_body, m_body->size(), m_files);
    }

    void cleanUp(const std::optional<EngineError> &failure)
    {
        if (!m_sourceHelper) {
            return finish(failure);
        }
        m_sourceHelper->remove().then(m_sourceClient, [self = shared_from_this(), failure](const EngineResult<void> &removed) {
            if (failure) {
                return self->finish(failure);
            }
            if (!removed) {
                EngineError error = removed.error();
                error.message = tr("Copied checkpoint %1, but could not remove a helper container: %2").arg(self->m_source.checkpoint, error.message);
                return self->finish(error);
            }
            self->finish({});
        });
    }

    QString sourceDescription() const
    {
        return m_source.directory.isEmpty() ? tr("the checkpoints of %1").arg(m_source.container) : m_source.directory;
    }

    EngineError cancelled() const
    {
        return EngineError{EngineError::Kind::Cancelled, 0, tr("Copying checkpoint %1 to %2 was cancelled.").arg(m_source.checkpoint, m_target)};
    }

    EngineError explained(EngineError error) const
    {
        error.message = tr("Cannot copy checkpoint %1 from %2 to %3: %4").arg(m_source.checkpoint, sourceDescription(), m_target, error.message);
        return error;
    }

    void finish(const std::optional<EngineError> &failure)
    {
        answer(failure ? EngineResult<void>(std::unexpected(*failure)) : EngineResult<void>());
    }

    EngineClient *m_client;
    EngineClient *m_sourceClient;
    CheckpointCopy::Source m_source;
    QString m_target;
    std::shared_ptr<HelperLease> m_sourceHelper;
    QDateTime m_modified;
    QList<ArchiveFileEntry> m_files;
    QPointer<CheckpointStager> m_stager;
    QPointer<FreshTarDevice> m_body;
    bool m_cancelled = false;
};
} // namespace

CheckpointCopy::Run CheckpointCopy::copy(EngineClient *client, const Source &source, const QString &target)
{
    auto run = std::make_shared<CopyRun>(client, source, target);
    run->start();
    return Run{run->future(), [run] {
                   run->cancel();
               }};
}

} // namespace Stasis
