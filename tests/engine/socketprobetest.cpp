// SPDX-License-Identifier: GPL-2.0-or-later
#include "socketprobe.h"

#include <QFile>
#include <QLocalServer>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace Stasis;
using Outcome = SocketProbeResult::Outcome;

namespace
{
/// Root may connect to any socket whatever its mode: while this lives, the
/// process acts as an unprivileged user instead (effective uid only, so the
/// test can return to root).
class UnprivilegedScope
{
public:
    UnprivilegedScope()
        : m_wasRoot(geteuid() == 0)
    {
        if (m_wasRoot) {
            QVERIFY(seteuid(65534) == 0);
        }
    }
    ~UnprivilegedScope()
    {
        if (m_wasRoot) {
            QVERIFY(seteuid(0) == 0);
        }
    }

private:
    bool m_wasRoot;
};
} // namespace

class SocketProbeTest : public QObject
{
    Q_OBJECT

private:
    SocketProbeResult probe(const QString &path)
    {
        QFuture<SocketProbeResult> future = SocketProbe::probe(path, this);
        if (!QTest::qWaitFor([&] {
                return future.isFinished();
            })) {
            qFatal("the probe did not finish");
        }
        return future.result();
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The unprivileged user must reach the sockets inside.
        QVERIFY(QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther));
    }

    void reachesAListeningSocket()
    {
        QLocalServer server;
        QVERIFY(server.listen(m_dir.filePath(QStringLiteral("listening.sock"))));
        QCOMPARE(probe(server.fullServerName()).outcome, Outcome::Reachable);
    }

    void reportsAMissingSocket()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing.sock"));
        const SocketProbeResult result = probe(path);
        QCOMPARE(result.outcome, Outcome::NoSocket);
        QVERIFY2(result.message.contains(path) && result.message.contains(QLatin1String("Start the Docker engine")), qPrintable(result.message));
    }

    void reportsASocketNobodyListensOn()
    {
        // A socket file that was bound but never listened on: connect is refused.
        const QString path = m_dir.filePath(QStringLiteral("stale.sock"));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray encodedPath = QFile::encodeName(path);
        qstrncpy(address.sun_path, encodedPath.constData(), sizeof(address.sun_path));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        ::close(fd);

        const SocketProbeResult result = probe(path);
        QCOMPARE(result.outcome, Outcome::Refused);
        QVERIFY2(result.message.contains(QLatin1String("connection refused")), qPrintable(result.message));
    }

    void reportsASocketWithoutPermission()
    {
        QLocalServer server;
        server.setSocketOptions(QLocalServer::UserAccessOption);
        QVERIFY(server.listen(m_dir.filePath(QStringLiteral("private.sock"))));
        if (geteuid() != 0) {
            QVERIFY(QFile::setPermissions(server.fullServerName(), QFile::Permissions()));
        }
        SocketProbeResult result;
        {
            UnprivilegedScope unprivileged;
            result = probe(server.fullServerName());
        }
        QCOMPARE(result.outcome, Outcome::PermissionDenied);
        QVERIFY2(result.message.contains(QLatin1String("Permission denied")) && result.message.contains(QLatin1String("usermod")), qPrintable(result.message));
    }
};

QTEST_GUILESS_MAIN(SocketProbeTest)
#include "socketprobetest.moc"
