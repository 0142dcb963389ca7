// SPDX-License-Identifier: GPL-2.0-or-later
#include "checkpointstager.h"

#include "checkpointfolder.h"
#include "checkpointname.h"
#include "checkpointslogging.h"
#include "engineclient.h"
#include "helperimage.h"
#include "helperlease.h"
#include "helperregistry.h"
#include "helperslogging.h"
#include "ustarwriter.h"

#include "engineexchange.h"
#include <QCoreApplication>
#include <QTimer>
#include <QUuid>

namespace Stasis
{

namespace
{

EngineError cancelled()
{
    return EngineError{EngineError::Kind::Cancelled, 0, CheckpointStager::tr("The import was cancelled.")};
}

/// The commit helper's own volume (its root is read-only), and the list of
/// files the tool checks in it.
constexpr QLatin1StringView workFolder{"/work"};
constexpr QLatin1StringView fileListName{"files"};

/// The tool's FILES operand: "SIZE PATH\0" for each file.
QByteArray fileList(const QList<ArchiveFileEntry> &files)
{
    QByteArray list;
    for (const ArchiveFileEntry &file : files) {
        list += QByteArray::number(file.size) + ' ' + file.path.toUtf8() + '\0';
    }
    return list;
}

/// `POST /containers/{id}/wait` can last while the tool removes old debris.
constexpr int waitTimeoutMs = 5 * 60 * 1000;
} // namespace

CheckpointStager::CheckpointStager(EngineClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_stagingName(stagingPrefix + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_idle(new QTimer(this))
{
    m_idle->setSingleShot(true);
    m_idle->setInterval(defaultIdleTimeout);
    connect(m_idle, &QTimer::timeout, this, [this] {
        if (m_upload) {
            m_stalled = true;
            m_upload->abort();
            uploaded();
        }
    });
}

void CheckpointStager::setIdleTimeout(std::chrono::milliseconds timeout)
{
    m_idle->setInterval(timeout);
}

CheckpointStager::~CheckpointStager()
{
    delete m_upload;
    // Deleted before finished(): the helpers go with their leases at least; a
    // staging folder left behind goes with a later commit's debris.
}

QString CheckpointStager::stagingPath() const
{
    return containerMount + QLatin1Char('/') + m_stagingName;
}

EngineError CheckpointStager::failure(EngineError error) const
{
    if (error.kind != EngineError::Kind::Cancelled) {
        error.message = tr("Cannot import checkpoint %1 into %2: %3").arg(m_checkpoint, m_container, error.message);
    }
    return error;
}

void CheckpointStager::start(const QString &container, const QString &checkpoint, QIODevice *body, qint64 size, const QList<ArchiveFileEntry> &files)
{
    if (m_phase != Phase::Idle) {
        return;
    }
    m_phase = Phase::Preparing;
    m_container = container;
    m_checkpoint = checkpoint;
    m_body = body;
    m_size = size;
    m_files = files;
    if (const QString problem = CheckpointName::problem(checkpoint); !problem.isEmpty()) {
        return finish(std::unexpected(failure(EngineError{EngineError::Kind::BadRequest, 0, problem})));
    }
    if (!body || !body->isReadable() || size <= 0) {
        return finish(std::unexpected(failure(EngineError{EngineError::Kind::BadRequest, 0, tr("There is no archive to import.")})));
    }
    // Let the caller connect to the signals first.
    QMetaObject::invokeMethod(this, &CheckpointStager::locate, Qt::QueuedConnection);
}

void CheckpointStager::cancel()
{
    if (m_phase == Phase::Idle) {
        m_phase = Phase::Done;
        Q_EMIT finished(std::unexpected(cancelled()));
        return;
    }
    if (m_cancelled || m_phase == Phase::Committing || m_phase == Phase::CleaningUp || m_phase == Phase::Done) {
        return;
    }
    m_cancelled = true;
    if (m_phase == Phase::Uploading && m_upload) {
        m_upload->abort();
        uploaded();
    }
}

bool CheckpointStager::cancelledMeanwhile()
{
    if (m_cancelled) {
        cleanUp(std::unexpected(cancelled()));
    }
    return m_cancelled;
}

void CheckpointStager::locate()
{
    if (cancelledMeanwhile()) {
        return;
    }
    CheckpointFolder::resolve(m_client, m_container).then(this, [this](const EngineResult<CheckpointFolder> &folder) {
        if (cancelledMeanwhile()) {
            return;
        }
        if (!folder) {
            return cleanUp(std::unexpected(failure(folder.error())));
        }
        if (folder->engine.architecture != HelperImage::toolArchitecture()) {
            const QString message = tr("the engine runs on %1, and this Stasis can only import on %2 engines. "
                                       "A checkpoint's CRIU images could not be restored on another architecture anyway.")
                                        .arg(folder->engine.architecture, HelperImage::toolArchitecture());
            return cleanUp(std::unexpected(failure(EngineError{EngineError::Kind::Unsupported, 0, message})));
        }
        m_containerFolder = folder->containerFolder;
        createCommitHelper();
    });
}

HelperContainer::Spec CheckpointStager::toolHelper(const QStringList &command) const
{
    HelperContainer::Spec spec = HelperContainer::mounting(m_containerFolder, false);
    spec.mountPoint = containerMount;
    spec.command = command;
    return spec;
}

void CheckpointStager::createCommitHelper()
{
    const QStringList command{QStringLiteral("commit"),
                              stagingPath(),
                              containerMount + QLatin1String("/checkpoints/") + m_checkpoint,
                              workFolder + QLatin1Char('/') + fileListName};
    HelperContainer::Spec spec = toolHelper(command);
    spec.volumes = {QString(workFolder)};
    HelperRegistry::of(m_client)->create(spec).then(this, [this](const EngineResult<std::shared_ptr<HelperLease>> &helper) {
        if (helper) {
            m_helpers.append(*helper);
        }
        if (cancelledMeanwhile()) {
            return;
        }
        if (!helper) {
            EngineError error = helper.error();
            error.message = tr("creating a helper container failed: %1").arg(error.message);
            return cleanUp(std::unexpected(failure(error)));
        }
        sendFileList((*helper)->id()).then(this, [this](const EngineResult<void> &sent) {
            if (cancelledMeanwhile()) {
                return;
            }
            if (!sent) {
                return cleanUp(std::unexpected(failure(sent.error())));
            }
            checkNameFree();
        });
    });
}

QFuture<EngineResult<void>> CheckpointStager::sendFileList(const QString &helper)
{
    UstarWriter tar;
    tar.addFile(QString(fileListName), fileList(m_files), 0600);
    return m_client->putArchive(helper, QString(workFolder), tar.finish()).then(this, [](const EngineResult<void> &put) -> EngineResult<void> {
        if (!put) {
            EngineError error = put.error();
            error.message = tr("copying the list of files to check into a helper container failed: %1").arg(error.message);
            return std::unexpected(error);
        }
        return {};
    });
}

void CheckpointStager::checkNameFree()
{
    const QString final = containerMount + QLatin1String("/checkpoints/") + m_checkpoint;
    m_client->archiveStat(m_helpers.first()->id(), final).then(this, [this](const EngineResult<PathStat> &stat) {
        if (cancelledMeanwhile()) {
            return;
        }
        if (stat) {
            return cleanUp(std::unexpected(failure(
                EngineError{EngineError::Kind::Conflict,
                            0,
                            tr("%1 already has a checkpoint named %2; remove it first, or import under another name.").arg(m_container, m_checkpoint)})));
        }
        if (stat.error().kind != EngineError::Kind::NotFound) {
            return cleanUp(std::unexpected(failure(stat.error())));
        }
        upload();
    });
}

void CheckpointStager::upload()
{
    if (!m_body) {
        return cleanUp(std::unexpected(failure(EngineError{EngineError::Kind::BadRequest, 0, tr("The archive to import went away.")})));
    }
    m_phase = Phase::Uploading;
    m_stagingWritten = true;
    m_upload = m_client->putArchive(m_helpers.first()->id(), QString(containerMount), m_body, m_size, this);
    m_idle->start();
    connect(m_upload, &EngineExchange::bodyProgress, this, [this](qint64 sent) {
        m_idle->start();
        Q_EMIT uploadProgress(sent, m_size);
    });
    connect(m_upload, &EngineExchange::finished, this, &CheckpointStager::uploaded);
}

void CheckpointStager::uploaded()
{
    EngineExchange *upload = m_upload;
    m_upload = nullptr;
    m_idle->stop();
    upload->deleteLater();
    if (m_cancelled) {
        return cleanUp(std::unexpected(cancelled()));
    }
    if (m_stalled) {
        const qint64 seconds = std::chrono::duration_cast<std::chrono::seconds>(m_idle->intervalAsDuration()).count();
        const QString message = tr("the upload sent nothing for %n second(s) (a suspended computer or a hung connection); import it again.", "", int(seconds));
        return cleanUp(std::unexpected(failure(EngineError{EngineError::Kind::Timeout, 0, message})));
    }
    if (const std::optional<EngineError> &error = upload->error()) {
        return cleanUp(std::unexpected(failure(*error)));
    }
    commit();
}

void CheckpointStager::commit()
{
    m_phase = Phase::Committing;
    m_helpers.first()->run(waitTimeoutMs).then(this, [this](const EngineResult<int> &exitCode) {
        if (!exitCode) {
            return cleanUp(std::unexpected(failure(exitCode.error())));
        }
        committed(*exitCode);
    });
}

void CheckpointStager::committed(int exitCode)
{
    if (exitCode == 0) {
        m_stagingWritten = false;
        return cleanUp({});
    }
    if (exitCode == nameTakenExitCode) {
        return cleanUp(std::unexpected(failure(
            EngineError{EngineError::Kind::Conflict,
                        0,
                        tr("%1 got a checkpoint named %2 while importing; remove it first, or import under another name.").arg(m_container, m_checkpoint)})));
    }
    m_client->logs(m_helpers.first()->id()).then(this, [this, exitCode](const EngineResult<QByteArray> &log) {
        const QString output = log ? QString::fromUtf8(*log).trimmed() : log.error().message;
        const QString message = tr("the import tool failed (exit status %1): %2").arg(exitCode).arg(output);
        cleanUp(std::unexpected(failure(EngineError{EngineError::Kind::ServerError, 0, message})));
    });
}

void CheckpointStager::cleanUp(const EngineResult<void> &result)
{
    m_phase = Phase::CleaningUp;
    if (m_stagingWritten) {
        return discard(result);
    }
    removeHelpers(result);
}

void CheckpointStager::discard(const EngineResult<void> &result)
{
    // @p why is empty when the staging folder is gone.
    const auto discarded = [this, result](const QString &why) {
        if (why.isEmpty()) {
            return removeHelpers(result);
        }
        qCWarning(lcCheckpoints) << "could not remove the staging folder" << m_stagingName << "of" << m_containerFolder << why;
        if (!result) {
            EngineError error = result.error();
            const QString folder = m_containerFolder + QLatin1Char('/') + m_stagingName;
            // With the engine gone, the reason is the same as the failure's: say it once.
            error.message += QLatin1Char(' ') +
                (error.message.contains(why)
                     ? tr("Its partly imported data stays in %1 until the next import into that container removes it (after an hour).").arg(folder)
                     : tr("Its partly imported data stays in %1 until the next import into that container removes it (after an hour): %2").arg(folder, why));
            return removeHelpers(std::unexpected(error));
        }
        removeHelpers(result);
    };
    const HelperContainer::Spec spec = toolHelper({QStringLiteral("discard"), stagingPath()});
    HelperRegistry::of(m_client)->create(spec).then(this, [this, discarded](const EngineResult<std::shared_ptr<HelperLease>> &helper) {
        if (!helper) {
            return discarded(helper.error().message);
        }
        m_helpers.append(*helper);
        (*helper)->run(waitTimeoutMs).then(this, [this, discarded](const EngineResult<int> &exitCode) {
            if (!exitCode) {
                return discarded(exitCode.error().message);
            }
            if (*exitCode != 0) {
                return discarded(tr("the import tool ended with exit status %1").arg(*exitCode));
            }
            m_stagingWritten = false;
            discarded({});
        });
    });
}

void CheckpointStager::removeHelpers(const EngineResult<void> &result)
{
    if (m_helpers.isEmpty()) {
        return finish(result);
    }
    QList<QFuture<EngineResult<void>>> removals;
    for (const std::shared_ptr<HelperLease> &helper : std::as_const(m_helpers)) {
        removals.append(helper->remove());
    }
    QtFuture::whenAll(removals.begin(), removals.end()).then(this, [this, result](const QList<QFuture<EngineResult<void>>> &removed) {
        for (qsizetype i = 0; i < removed.size(); ++i) {
            if (const EngineResult<void> outcome = removed[i].result(); !outcome) {
                qCWarning(lcHelpers) << "could not remove the helper container" << m_helpers.value(i)->id() << outcome.error().message;
            }
        }
        m_helpers.clear();
        finish(result);
    });
}

void CheckpointStager::finish(EngineResult<void> result)
{
    m_phase = Phase::Done;
    Q_EMIT finished(result);
}

} // namespace Stasis
