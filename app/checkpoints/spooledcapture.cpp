// SPDX-License-Identifier: GPL-2.0-or-later
#include "spooledcapture.h"

#include "spoolfile.h"

#include <QTemporaryFile>

namespace Stasis
{

SpooledCapture::SpooledCapture(const QString &what, const QString &fileName, const QString &folder, BackgroundWork *work, QObject *parent)
    : QObject(parent)
    , m_what(what)
    , m_fileName(fileName)
    , m_work(work)
    , m_spool(new SpoolFile(what, folder, work, this))
{
    connect(m_spool, &SpoolFile::resume, this, [this] {
        if (!m_done) {
            resumeReading();
        }
    });
    connect(m_spool, &SpoolFile::closed, this, &SpooledCapture::spoolClosed);
}

// A subclass aborts in its own destructor, while stopReading() is still its own.
SpooledCapture::~SpooledCapture() = default;

void SpooledCapture::start()
{
    m_spool->open();
    read();
}

qint64 SpooledCapture::bytesWritten() const
{
    return m_spool->bytesWritten();
}

void SpooledCapture::describe(ArchiveManifest &) const
{
}

QList<SpooledCapture::File> SpooledCapture::wholeFiles() const
{
    return {};
}

bool SpooledCapture::spool(const QByteArray &bytes)
{
    if (m_done) {
        return false;
    }
    const bool pause = m_spool->write(bytes);
    Q_EMIT progress();
    return pause;
}

void SpooledCapture::closeSpool()
{
    if (!m_done) {
        m_spool->close();
    }
}

void SpooledCapture::spoolClosed(bool ok)
{
    if (m_done) {
        return;
    }
    if (!ok) {
        return fail(m_spool->errorString());
    }
    m_done = true;
    const SpoolFile::Result spooled = m_spool->takeResult();
    m_files = wholeFiles();
    m_files.append({{m_fileName, spooled.size, 0600, spooled.sha256}, {}, spooled.file});
    Q_EMIT finished(true);
}

void SpooledCapture::fail(const QString &message, const std::optional<EngineError> &engineError)
{
    abort();
    m_errorString = message;
    m_engineError = engineError;
    Q_EMIT finished(false);
}

void SpooledCapture::abort()
{
    if (std::exchange(m_done, true)) {
        return;
    }
    stopReading();
    m_spool->abort();
}

} // namespace Stasis
