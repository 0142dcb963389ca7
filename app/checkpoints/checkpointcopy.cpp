// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointcopy.h"

#include "checkpoints/checkpointcatalog.h"
#include "checkpoints/helpercontainer.h"
#include "checkpoints/ustarwriter.h"
#include "engine/engineclient.h"

#include <QCoreApplication>
#include <QPromise>

#include <memory>

namespace Stasis
{

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Stasis::CheckpointCopy", text);
}

QString containerPath(const QString &container)
{
    return QLatin1String("/containers/") + EngineClient::encoded(container);
}

struct Identity {
    QString id;
    QString image;
};

QFuture<EngineResult<Identity>> identify(EngineClient *client, const QString &container)
{
    return client->inspectContainer(container).then(client, [container](const EngineResult<ContainerDetails> &details) -> EngineResult<Identity> {
        if (!details) {
            return std::unexpected(details.error());
        }
        if (details->id.isEmpty() || details->imageId.isEmpty()) {
            return std::unexpected(EngineError{EngineError::Kind::Protocol, 0, tr("The engine did not say the id and image of %1.").arg(container)});
        }
        return Identity{details->id, details->imageId};
    });
}

/// One run of CheckpointCopy::copy().
class CopyRun final : public std::enable_shared_from_this<CopyRun>
{
    Q_DECLARE_TR_FUNCTIONS(Stasis::CheckpointCopy)

public:
    CopyRun(EngineClient *client, const CheckpointCopy::Source &source, const QString &target)
        : m_client(client)
        , m_source(source)
        , m_target(target)
    {
        m_promise.start();
    }

    QFuture<EngineResult<void>> future()
    {
        return m_promise.future();
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
        identify(m_client, m_target).then(m_client, [self = shared_from_this()](const EngineResult<Identity> &target) {
            if (!target) {
                return self->finish(self->explained(target.error()));
            }
            self->m_targetIdentity = *target;
            if (!self->m_source.directory.isEmpty()) {
                return self->readRoot();
            }
            identify(self->m_client, self->m_source.container).then(self->m_client, [self](const EngineResult<Identity> &source) {
                if (!source) {
                    return self->finish(self->explained(source.error()));
                }
                self->m_sourceId = source->id;
                self->readRoot();
            });
        });
    }

    void readRoot()
    {
        m_client->info().then(m_client, [self = shared_from_this()](const EngineResult<EngineInfo> &info) {
            if (!info) {
                return self->finish(self->explained(info.error()));
            }
            if (info->dockerRootDir.isEmpty()) {
                return self->finish(EngineError{EngineError::Kind::Protocol, 0, tr("The engine did not say where its data root is.")});
            }
            self->m_containerFolder = info->dockerRootDir + QLatin1String("/containers/") + self->m_targetIdentity.id;
            const QString sourceFolder =
                self->m_source.directory.isEmpty() ? CheckpointCatalog::defaultFolder(info->dockerRootDir, self->m_sourceId) : self->m_source.directory;
            self->createHelpers(sourceFolder);
        });
    }

    void createHelpers(const QString &sourceFolder)
    {
        const QString &image = m_targetIdentity.image;
        // The target's container folder always exists; its checkpoints folder only after a checkpoint or a list.
        QList<QFuture<EngineResult<QString>>> helpers{HelperContainer::create(m_client, image, sourceFolder, true),
                                                            HelperContainer::create(m_client, image, m_containerFolder, false)};
        QtFuture::whenAll(helpers.begin(), helpers.end()).then(m_client, [self = shared_from_this()](const QList<QFuture<EngineResult<QString>>> &results) {
            std::optional<EngineError> failure;
            for (qsizetype i = 0; i < results.size(); ++i) {
                const EngineResult<QString> helper = results[i].result();
                if (helper) {
                    (i == 0 ? self->m_sourceHelper : self->m_targetHelper) = *helper;
                } else if (!failure) {
                    failure = helper.error();
                    failure->message = tr("Cannot copy checkpoint %1: creating a helper container failed: %2").arg(self->m_source.checkpoint, failure->message);
                }
            }
            if (failure) {
                return self->cleanUp(*failure);
            }
            self->ensureCheckpointsFolder();
        });
    }

    void ensureCheckpointsFolder()
    {
        UstarWriter tar;
        tar.addDirectory(QStringLiteral("checkpoints"), 0755);
        put(QString(HelperContainer::mountPoint), tar.finish()).then(m_client, [self = shared_from_this()](const EngineResult<EngineClient::Response> &put) {
            if (!put) {
                return self->cleanUp(self->explained(put.error()));
            }
            self->exportCheckpoint();
        });
    }

    void exportCheckpoint()
    {
        const QString path = HelperContainer::pathInside(m_source.checkpoint);
        m_client->request("GET", containerPath(m_sourceHelper) + QLatin1String("/archive"), {{QStringLiteral("path"), path}}, {}, 120000)
            .then(m_client, [self = shared_from_this()](const EngineResult<EngineClient::Response> &archive) {
                if (!archive) {
                    EngineError error = archive.error();
                    if (error.kind == EngineError::Kind::NotFound) {
                        error.message = tr("There is no checkpoint %1 in %2.").arg(self->m_source.checkpoint, self->sourceDescription());
                    }
                    return self->cleanUp(self->explained(error));
                }
                self->importCheckpoint(archive->body);
            });
    }

    void importCheckpoint(const QByteArray &archive)
    {
        put(HelperContainer::pathInside(QStringLiteral("checkpoints")), archive)
            .then(m_client, [self = shared_from_this()](const EngineResult<EngineClient::Response> &put) {
                if (!put) {
                    // Extraction is not atomic: drop what was written.
                    self->m_removePartialCopy = true;
                    return self->cleanUp(self->explained(put.error()));
                }
                self->cleanUp({});
            });
    }

    QFuture<EngineResult<EngineClient::Response>> put(const QString &path, const QByteArray &archive)
    {
        return m_client->request("PUT",
                                 containerPath(m_targetHelper) + QLatin1String("/archive"),
                                 {{QStringLiteral("path"), path}, {QStringLiteral("noOverwriteDirNonDir"), QStringLiteral("1")}},
                                 archive,
                                 120000);
    }

    void cleanUp(const std::optional<EngineError> &failure)
    {
        QList<QFuture<EngineResult<void>>> steps;
        for (const QString &helper : {m_sourceHelper, m_targetHelper}) {
            if (!helper.isEmpty()) {
                steps.append(HelperContainer::remove(m_client, helper));
            }
        }
        if (m_removePartialCopy) {
            steps.append(m_client->removeCheckpoint(m_target, m_source.checkpoint));
        }
        if (steps.isEmpty()) {
            return finish(failure);
        }
        QtFuture::whenAll(steps.begin(), steps.end()).then(m_client, [self = shared_from_this(), failure](const QList<QFuture<EngineResult<void>>> &results) {
            if (failure) {
                return self->finish(failure);
            }
            for (const QFuture<EngineResult<void>> &result : results) {
                if (!result.result()) {
                    EngineError error = result.result().error();
                    error.message = tr("Copied checkpoint %1, but could not remove a helper container: %2").arg(self->m_source.checkpoint, error.message);
                    return self->finish(error);
                }
            }
            self->finish({});
        });
    }

    QString sourceDescription() const
    {
        return m_source.directory.isEmpty() ? tr("the checkpoints of %1").arg(m_source.container) : m_source.directory;
    }

    EngineError explained(EngineError error) const
    {
        error.message = tr("Cannot copy checkpoint %1 from %2 to %3: %4").arg(m_source.checkpoint, sourceDescription(), m_target, error.message);
        return error;
    }

    void finish(const std::optional<EngineError> &failure)
    {
        m_promise.addResult(failure ? EngineResult<void>(std::unexpected(*failure)) : EngineResult<void>());
        m_promise.finish();
    }

    EngineClient *m_client;
    CheckpointCopy::Source m_source;
    QString m_target;
    Identity m_targetIdentity;
    QString m_sourceId;
    QString m_containerFolder;
    QString m_sourceHelper;
    QString m_targetHelper;
    bool m_removePartialCopy = false;
    QPromise<EngineResult<void>> m_promise;
};
} // namespace

QFuture<EngineResult<void>> CheckpointCopy::copy(EngineClient *client, const Source &source, const QString &target)
{
    auto run = std::make_shared<CopyRun>(client, source, target);
    run->start();
    return run->future();
}

} // namespace Stasis
