// SPDX-License-Identifier: GPL-2.0-or-later
#include "exportjob.h"

#include "archivewriter.h"
#include "backgroundwork.h"
#include "backpressure.h"
#include "checkpointarchivestream.h"
#include "checkpointfolder.h"
#include "checkpointscan.h"
#include "containerrecipe.h"
#include "engineclient.h"
#include "filesystemcapture.h"
#include "helpercontainer.h"
#include "helperlease.h"
#include "helperregistry.h"
#include "imagecapture.h"
#include "peerdumps.h"
#include "sha256.h"
#include "spoolfile.h"
#include "volumecapture.h"

#include <QFileInfo>
#include <QLocale>
#include <QTemporaryFile>
#include <QTimer>

#include <atomic>

namespace Stasis
{

/// What the worker thread owns: the archive being written and the hash of
/// the file being copied. Only the worker touches writer and hash.
struct ExportWriterState {
    ArchiveWriter writer;
    Sha256 hash;
    bool failed = false;
    /// Set by the job: what is still queued is skipped.
    std::atomic<bool> stopped{false};
    BackPressure pressure;
};

ExportJob::ExportJob(EngineClient *client, const Request &request, QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_request(request)
{
    setCapabilities(Killable);
}

ExportJob::~ExportJob()
{
    stopWorker();
}

void ExportJob::run()
{
    Q_EMIT description(this, tr("Exporting checkpoint %1").arg(m_request.checkpoint), {tr("Container"), m_request.container}, {tr("To"), m_request.outputPath});
    QTimer::singleShot(0, this, &ExportJob::inspect);
}

void ExportJob::inspect()
{
    Q_EMIT infoMessage(this, tr("Looking up %1 and the engine").arg(m_request.container));
    m_manifest = ArchiveManifest{};
    m_manifest.producer = QStringLiteral("Stasis " STASIS_VERSION);
    m_manifest.checkpoint.name = m_request.checkpoint;
    CheckpointFolder::resolve(m_client, m_request.container, m_request.directory).then(this, [this](const EngineResult<CheckpointFolder> &folder) {
        if (!folder) {
            return failWithEngineError(folder.error(), tr("looking up %1").arg(m_request.container));
        }
        m_manifest.container.id = folder->container.id;
        m_manifest.container.name = folder->container.name;
        m_manifest.container.image = folder->container.image;
        m_manifest.container.imageId = folder->container.imageId;
        const EngineResult<ContainerRecipe> recipe = ContainerRecipe::of(folder->container);
        if (!recipe) {
            return failWithEngineError(recipe.error(), tr("reading the configuration of %1").arg(m_request.container));
        }
        m_manifest.container.configuration = recipe->toJson();
        m_container = folder->container;
        m_namedVolumes.clear();
        for (const VolumeMount &volume : recipe->namedVolumes()) {
            m_namedVolumes.append(volume.name);
        }
        readEngineFacts(folder->hostPath);
    });
}

void ExportJob::readEngineFacts(const QString &folder)
{
    m_client->version().then(this, [this, folder](const EngineResult<EngineVersion> &version) {
        if (!version) {
            return failWithEngineError(version.error(), tr("asking the engine's version"));
        }
        m_manifest.engine = {version->version, version->apiVersion, version->os, version->kernelVersion, version->arch};
        m_writer = std::make_shared<ExportWriterState>();
        m_work = std::make_unique<BackgroundWork>(QStringLiteral("stasis-export"));
        planCaptures();
        runCaptures(folder);
    });
}

void ExportJob::planCaptures()
{
    const QString folder = QFileInfo(m_request.outputPath).absolutePath();
    if (m_request.withFileSystem) {
        if (m_container.running) {
            Q_EMIT warning(this,
                           tr("%1 is running: its file system is read as it is now, so files it changed since the checkpoint travel in their new state. "
                              "For an exact copy, export while the container is stopped.")
                               .arg(m_request.container));
        }
        m_captures.append(new FileSystemCapture(m_client, m_container, folder, m_work.get(), this));
    }
    if (m_request.withVolumes) {
        // Named volumes only: an anonymous one is the container's own, and a bind is a folder of the host.
        for (const MountPoint &mount : std::as_const(m_container.mounts)) {
            if (mount.type == QLatin1String("volume") && m_namedVolumes.contains(mount.name)) {
                m_captures.append(new VolumeCapture(m_client, m_container, mount, folder, m_work.get(), this));
            }
        }
    }
    if (m_request.withImage) {
        m_captures.append(new ImageCapture(m_client, m_container.imageId, m_container.image, folder, m_work.get(), this));
    }
}

void ExportJob::runCaptures(const QString &folder)
{
    if (m_captures.isEmpty()) {
        return createHelper(folder);
    }
    SpooledCapture *capture = m_captures.first();
    Q_EMIT infoMessage(this, tr("Reading %1").arg(capture->what()));
    connect(capture, &SpooledCapture::progress, this, [this, capture] {
        setProcessedAmount(KJob::Bytes, spooledSize() + capture->bytesWritten());
    });
    connect(capture, &SpooledCapture::finished, this, [this, capture, folder](bool ok) {
        m_captures.removeFirst();
        capture->deleteLater();
        if (!ok) {
            if (!capture->engineError()) {
                return fail(WriteFailed, capture->errorString());
            }
            return failWithEngineError(*capture->engineError(), tr("reading %1").arg(capture->what()));
        }
        m_captured.append(capture->takeFiles());
        capture->describe(m_manifest);
        if (m_finishing) {
            return;
        }
        runCaptures(folder);
    });
    capture->start();
}

void ExportJob::createHelper(const QString &folder)
{
    // A helper created after kill() is removed as its lease is dropped with the continuation.
    HelperRegistry::of(m_client)->create(folder, true).then(this, [this](const EngineResult<std::shared_ptr<HelperLease>> &helper) {
        onHelperCreated(helper);
    });
}

void ExportJob::onHelperCreated(const EngineResult<std::shared_ptr<HelperLease>> &helper)
{
    if (!helper) {
        return failWithEngineError(helper.error(), tr("creating a helper container to read the checkpoint"));
    }
    if (m_finishing) {
        return; // killed meanwhile: the helper goes with its lease
    }
    m_helper = *helper;
    statCheckpoint();
}

void ExportJob::statCheckpoint()
{
    m_client->archiveStat(m_helper->id(), HelperContainer::pathInside(m_request.checkpoint)).then(this, [this](const EngineResult<PathStat> &stat) {
        if (!stat || !stat->isDirectory()) {
            if (!stat && stat.error().kind != EngineError::Kind::NotFound) {
                return failWithEngineError(stat.error(), tr("looking up the checkpoint"));
            }
            const QString where = m_request.directory.isEmpty() ? tr("the checkpoints of %1").arg(m_request.container) : m_request.directory;
            return fail(NotFound,
                        tr("There is no checkpoint %1 in %2. Check the name in the checkpoint list, then export again.").arg(m_request.checkpoint, where));
        }
        m_manifest.checkpoint.created = stat->modified;
        scan();
    });
}

void ExportJob::scan()
{
    Q_EMIT infoMessage(this, tr("Reading checkpoint %1 and computing its SHA-256 sums").arg(m_request.checkpoint));
    m_scan = std::make_unique<CheckpointScan>(m_request.checkpoint, true);
    m_stream = new CheckpointArchiveStream(m_client, m_scan.get(), this);
    m_scan->setReader(&m_stream->reader());
    // The total is unknown until pass 1 ends: the bytes read so far, against no total.
    connect(m_stream, &CheckpointArchiveStream::progress, this, [this] {
        if (m_scan) {
            setProcessedAmount(KJob::Bytes, spooledSize() + m_scan->bytesScanned());
        }
    });
    connect(m_stream, &CheckpointArchiveStream::finished, this, [this](bool ok) {
        m_stream->deleteLater();
        if (!ok) {
            return failWithEngineError(m_stream->error(), tr("reading the checkpoint"));
        }
        m_manifest.files = m_scan->files();
        m_scan.reset();
        setTotalAmount(KJob::Bytes, 2 * (spooledSize() + m_manifest.totalSize()));
        setProcessedAmount(KJob::Bytes, spooledSize() + m_manifest.totalSize());
        if (m_finishing) {
            return; // killed by whoever watched the progress
        }
        openArchive();
    });
    m_stream->start(m_helper->id(), m_request.checkpoint);
}

void ExportJob::post(std::function<void(ExportWriterState &)> work)
{
    if (!m_work) {
        return; // stopped: nothing more is written
    }
    m_work->post([state = m_writer, work = std::move(work)] {
        if (!state->failed && !state->stopped) {
            work(*state);
        }
    });
}

void ExportJob::openArchive()
{
    const PeerDumps dumps = PeerDumps::of(m_container, m_manifest.checkpoint.created, m_manifest.engine.version);
    QList<ArchiveWriter::TopLevelFile> whole{{PeerDumps::configFileName, dumps.config}, {PeerDumps::specFileName, dumps.spec}};
    m_manifest.topLevelFiles.clear();
    for (const ArchiveWriter::TopLevelFile &file : std::as_const(whole)) {
        m_manifest.topLevelFiles.append({file.name, file.content.size(), 0600, Sha256::hex(file.content)});
    }
    for (const SpooledCapture::File &file : std::as_const(m_captured)) {
        // The writer puts the whole files first, right after the manifest.
        if (!file.spooled) {
            whole.append({file.entry.path, file.content});
        }
        m_manifest.topLevelFiles.append(file.entry);
    }
    const QString path = m_request.outputPath;
    const ArchiveFormat format = m_request.format;
    const QByteArray manifest = m_manifest.toJson();
    const QDateTime created = m_manifest.checkpoint.created;
    post([this, path, format, manifest, whole, created](ExportWriterState &state) {
        if (!state.writer.open(path, format) || !state.writer.writeManifest(manifest, whole, created)) {
            state.failed = true;
            QMetaObject::invokeMethod(this, [this, message = state.writer.errorString()] {
                fail(WriteFailed, message);
            });
        }
    });
    for (const SpooledCapture::File &file : std::as_const(m_captured)) {
        if (file.spooled) {
            copySpooled(file.entry, file.spooled);
        }
    }
    copy();
}

void ExportJob::copySpooled(const ArchiveFileEntry &entry, std::shared_ptr<QTemporaryFile> file)
{
    post([this, tar = std::move(file), entry, created = m_manifest.checkpoint.created](ExportWriterState &state) {
        QString failure;
        if (!state.writer.beginTopLevelFile(entry.path, entry.size, created)) {
            failure = state.writer.errorString();
        } else {
            bool written = true;
            failure = SpoolFile::readBack(*tar, entry.size, entry.path, [&state, &written](QByteArrayView chunk) {
                if (state.stopped) {
                    return false;
                }
                written = state.writer.writeData(chunk);
                return written;
            });
            if (!written) {
                failure = state.writer.errorString();
            }
        }
        if (failure.isEmpty() && !state.stopped && !state.writer.endFile()) {
            failure = state.writer.errorString();
        }
        if (!failure.isEmpty()) {
            state.failed = true;
            QMetaObject::invokeMethod(this, [this, failure] {
                fail(WriteFailed, failure);
            });
        }
    });
}

qint64 ExportJob::spooledSize() const
{
    qint64 size = 0;
    for (const SpooledCapture::File &file : m_captured) {
        size += file.spooled ? file.entry.size : 0;
    }
    return size;
}

void ExportJob::copy()
{
    Q_EMIT infoMessage(this, tr("Writing %1").arg(m_request.outputPath));
    m_stream = new CheckpointArchiveStream(m_client, this, this);
    connect(m_stream, &CheckpointArchiveStream::finished, this, [this](bool ok) {
        m_stream->deleteLater();
        if (!ok) {
            if (m_stream->error().kind == EngineError::Kind::Protocol && !m_stream->reader().offendingEntry().isEmpty()) {
                return fail(CheckpointChanged, m_stream->error().message);
            }
            return failWithEngineError(m_stream->error(), tr("reading the checkpoint a second time"));
        }
        if (m_nextFile != m_manifest.files.size()) {
            return fail(CheckpointChanged, changedMessage(m_manifest.files.at(m_nextFile).path));
        }
        commit();
    });
    m_stream->start(m_helper->id(), m_request.checkpoint);
}

bool ExportJob::entryStarted(const TarEntry &entry)
{
    const std::optional<QString> path = CheckpointScan::relativePath(m_request.checkpoint, entry.path);
    if (!path) {
        m_stream->reader().fail(changedMessage(entry.path), entry.path);
        return false;
    }
    if (entry.type == TarEntry::Type::Directory) {
        return true;
    }
    if (m_nextFile >= m_manifest.files.size() || m_manifest.files.at(m_nextFile).path != *path || m_manifest.files.at(m_nextFile).size != entry.size) {
        m_stream->reader().fail(changedMessage(*path), entry.path);
        return false;
    }
    m_currentFile = m_nextFile++;
    const ArchiveFileEntry &file = m_manifest.files.at(m_currentFile);
    post([this, file, modified = entry.modified](ExportWriterState &state) {
        if (!state.writer.beginFile(file.path, file.size, file.mode, modified)) {
            state.failed = true;
            QMetaObject::invokeMethod(this, [this, message = state.writer.errorString()] {
                fail(WriteFailed, message);
            });
        }
    });
    return true;
}

bool ExportJob::entryData(QByteArrayView chunk)
{
    if (m_currentFile < 0) {
        return true;
    }
    const qint64 size = chunk.size();
    post([this, data = chunk.toByteArray()](ExportWriterState &state) {
        state.hash.addData(data);
        const bool written = state.writer.writeData(data);
        const bool resume = state.pressure.handled(data.size());
        if (!written) {
            state.failed = true;
            QMetaObject::invokeMethod(this, [this, message = state.writer.errorString()] {
                fail(WriteFailed, message);
            });
        } else if (resume) {
            QMetaObject::invokeMethod(this, &ExportJob::resumeStream);
        }
    });
    m_copied += size;
    setProcessedAmount(KJob::Bytes, 2 * spooledSize() + m_manifest.totalSize() + m_copied);
    if (m_finishing) {
        return false; // killed by whoever watched the progress
    }
    if (m_writer->pressure.queued(size)) {
        m_stream->setPaused(true);
    }
    return true;
}

void ExportJob::resumeStream()
{
    if (m_stream && !m_finishing) {
        m_stream->setPaused(false);
    }
}

bool ExportJob::entryFinished()
{
    if (m_currentFile < 0) {
        return true;
    }
    const ArchiveFileEntry file = m_manifest.files.at(m_currentFile);
    m_currentFile = -1;
    post([this, file, changed = changedMessage(file.path)](ExportWriterState &state) {
        const bool same = state.hash.hexResult() == file.sha256;
        if (!same || !state.writer.endFile()) {
            state.failed = true;
            state.writer.cancel();
            QMetaObject::invokeMethod(this, [this, same, changed, message = state.writer.errorString()] {
                fail(same ? WriteFailed : CheckpointChanged, same ? message : changed);
            });
        }
    });
    return true;
}

void ExportJob::commit()
{
    Q_EMIT infoMessage(this, tr("Finishing %1").arg(m_request.outputPath));
    post([this](ExportWriterState &state) {
        const bool committed = state.writer.commit();
        if (!committed) {
            state.failed = true;
        }
        QMetaObject::invokeMethod(this, [this, committed, message = state.writer.errorString()] {
            if (!committed) {
                return fail(WriteFailed, message);
            }
            stopWorker();
            Q_EMIT infoMessage(this,
                               tr("Exported checkpoint %1 to %2 (%3).")
                                   .arg(m_request.checkpoint, m_request.outputPath, QLocale().formattedDataSize(QFileInfo(m_request.outputPath).size())));
            finish();
        });
    });
}

QString ExportJob::changedMessage(const QString &file) const
{
    return tr("Checkpoint %1 changed while it was being exported (%2 differs from the first reading). No file was written; export it again while "
              "nothing restores or removes it.")
        .arg(m_request.checkpoint, file);
}

void ExportJob::stopWorker()
{
    if (!m_work) {
        return;
    }
    for (SpooledCapture *capture : std::as_const(m_captures)) {
        if (capture) {
            capture->abort();
        }
    }
    m_writer->stopped = true;
    // Runs after whatever is queued (skipped now); a committed writer ignores it.
    m_work->post([state = m_writer, files = std::exchange(m_captured, {})]() mutable {
        state->writer.cancel();
        files.clear();
    });
    // At most the chunk being compressed is left to finish.
    m_work.reset();
    m_writer.reset();
}

void ExportJob::failWithEngineError(const EngineError &error, const QString &during)
{
    // The message is a sentence of its own; the texts below end it themselves.
    QString message = error.message;
    if (message.endsWith(QLatin1Char('.'))) {
        message.chop(1);
    }
    if (error.kind == EngineError::Kind::Unreachable || error.kind == EngineError::Kind::Timeout) {
        return fail(
            EngineRefused,
            tr("The connection to the engine was lost while %1: %2. No file was written; export again once the engine is reachable.").arg(during, message),
            error);
    }
    if (error.kind == EngineError::Kind::Protocol) {
        return fail(EngineRefused, tr("The engine sent something unexpected while %1: %2. No file was written.").arg(during, message), error);
    }
    fail(EngineRefused, tr("Exporting checkpoint %1 failed while %2: %3").arg(m_request.checkpoint, during, error.toString()), error);
}

void ExportJob::fail(Error code, const QString &message, const EngineError &engineError)
{
    if (m_finishing) {
        return;
    }
    setFailure(code, message, engineError);
    if (m_stream) {
        m_stream->abort();
    }
    stopWorker();
    finish();
}

void ExportJob::finish()
{
    m_finishing = true;
    if (!m_helper) {
        return emitResult();
    }
    std::exchange(m_helper, {})->remove().then(this, [this](const EngineResult<void> &removed) {
        if (!removed && !error()) {
            Q_EMIT warning(this, tr("Exported, but could not remove the helper container: %1").arg(removed.error().toString()));
        }
        emitResult();
    });
}

bool ExportJob::doKill()
{
    if (m_stream) {
        m_stream->abort();
    }
    // Nothing of the archive may remain once kill() returns.
    stopWorker();
    m_finishing = true;
    // The lease's removal outlives the job; nobody waits for its answer.
    m_helper.reset();
    return true;
}

} // namespace Stasis
