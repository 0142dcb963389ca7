// SPDX-License-Identifier: GPL-2.0-or-later
#include "copyfilesystemjob.h"

#include "backgroundwork.h"
#include "engineclient.h"
#include "filesystemapplier.h"
#include "filesystemcapture.h"
#include "spooledfiledevice.h"

#include <QDir>
#include <QTemporaryFile>

namespace Stasis
{

CopyFileSystemJob::CopyFileSystemJob(EngineClient *sourceClient, const QString &source, EngineClient *targetClient, const QString &target, QObject *parent)
    : Job(parent)
    , m_sourceClient(sourceClient)
    , m_targetClient(targetClient)
    , m_source(source)
    , m_target(target)
{
    setCapabilities(Killable);
}

CopyFileSystemJob::~CopyFileSystemJob()
{
    stop();
}

void CopyFileSystemJob::run()
{
    Q_EMIT infoMessage(this, tr("Copying the file system changes of %1 into %2…").arg(m_source, m_target));
    m_sourceClient->inspectContainer(m_source).then(this, [this](const EngineResult<ContainerDetails> &source) {
        if (isFinished()) {
            return;
        }
        if (!source) {
            return fail(EngineRefused, tr("Cannot look up %1: %2").arg(m_source, source.error().toString()), source.error());
        }
        capture(*source);
    });
}

void CopyFileSystemJob::capture(const ContainerDetails &source)
{
    m_work = std::make_unique<BackgroundWork>(QStringLiteral("stasis-copyfs"));
    m_capture = new FileSystemCapture(m_sourceClient, source, QDir::tempPath(), m_work.get(), this);
    connect(m_capture, &SpooledCapture::progress, this, [this] {
        setProcessedAmount(Bytes, quint64(m_capture->bytesWritten()));
    });
    connect(m_capture, &SpooledCapture::finished, this, [this](bool ok) {
        m_capture->deleteLater();
        if (!ok) {
            return fail(CopyFailed, m_capture->errorString(), m_capture->engineError().value_or(EngineError{}));
        }
        // The capture's files are deleted.files, then the tar.
        apply(m_capture->deletedPaths(), m_capture->takeFiles().constLast());
    });
    m_capture->start();
}

void CopyFileSystemJob::apply(const QStringList &deleted, const SpooledCapture::File &tar)
{
    m_tar = tar.spooled;
    setTotalAmount(Bytes, quint64(2 * tar.entry.size));
    m_body = new SpooledFileDevice(tr("The file system changes of %1").arg(m_source), m_tar, tar.entry.size, this);
    if (!m_body->open(QIODevice::ReadOnly)) {
        return fail(CopyFailed, m_body->errorString());
    }
    m_applier = new FileSystemApplier(m_targetClient, m_target, this);
    connect(m_applier, &FileSystemApplier::uploadProgress, this, [this, size = tar.entry.size](qint64 sent, qint64) {
        setProcessedAmount(Bytes, quint64(size + sent));
    });
    connect(m_applier, &FileSystemApplier::finished, this, &CopyFileSystemJob::applied);
    m_applier->start(deleted, m_body, tar.entry.size);
}

void CopyFileSystemJob::applied(bool ok)
{
    if (!ok) {
        const QString message = m_body->hasFailed() ? m_body->errorString() : m_applier->error().message;
        return fail(CopyFailed, message, m_applier->error());
    }
    setProcessedAmount(Bytes, totalAmount(Bytes));
    stop();
    emitResult();
}

void CopyFileSystemJob::fail(Error code, const QString &message, const EngineError &engineError)
{
    setFailure(code, message, engineError);
    stop();
    emitResult();
}

void CopyFileSystemJob::stop()
{
    if (m_capture) {
        m_capture->abort();
    }
    if (m_applier) {
        m_applier->abort();
    }
    // The body reads the file on a thread of its own: it goes first.
    delete m_body.data();
    if (m_work) {
        m_work->post([tar = std::exchange(m_tar, {})]() mutable {
            tar.reset();
        });
        m_work.reset();
    }
}

bool CopyFileSystemJob::doKill()
{
    stop();
    return true;
}

} // namespace Stasis
