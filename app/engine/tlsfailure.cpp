// SPDX-License-Identifier: GPL-2.0-or-later
#include "tlsfailure.h"

#include "engineendpoint.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QSslCertificate>

namespace Stasis
{

namespace
{

QString tr(const char *text)
{
    return QCoreApplication::translate("Stasis::TlsFailure", text);
}

bool isUnknownIssuer(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateSignatureFailed:
    case QSslError::InvalidCaCertificate:
        return true;
    default:
        return false;
    }
}

QString engineCertificateFailure(const EngineEndpoint &endpoint, const QSslError &error)
{
    const QString engine = endpoint.displayUrl();
    const QSslCertificate certificate = error.certificate();
    if (isUnknownIssuer(error.error())) {
        return tr("The engine at %1 presented a TLS certificate that the CA certificate %2 did not sign (%3). "
                  "Use the ca.pem of the CA that signed this engine's certificate.")
            .arg(engine, QDir(endpoint.tlsDirectory()).filePath(QStringLiteral("ca.pem")), error.errorString());
    }
    switch (error.error()) {
    case QSslError::CertificateExpired:
        return tr("The TLS certificate of the engine at %1 expired on %2; renew it on the engine's host.")
            .arg(engine, certificateDate(certificate.expiryDate()));
    case QSslError::CertificateNotYetValid:
        return tr("The TLS certificate of the engine at %1 is valid only from %2; check the clocks of both machines.")
            .arg(engine, certificateDate(certificate.effectiveDate()));
    case QSslError::HostNameMismatch:
        return tr("The TLS certificate of the engine at %1 is not issued for %2; connect with a name the certificate holds, or reissue it.")
            .arg(engine, endpoint.host());
    default:
        return tr("The TLS certificate of the engine at %1 cannot be trusted: %2.").arg(engine, error.errorString());
    }
}

} // namespace

QString certificateDate(const QDateTime &moment)
{
    return QLocale().toString(moment.toUTC(), QLocale::ShortFormat) + QLatin1String(" UTC");
}

QString tlsFailure(const EngineEndpoint &endpoint, const QList<QSslError> &errors, const QString &transportError)
{
    if (!endpoint.usesTls()) {
        return {};
    }
    if (!errors.isEmpty()) {
        // The issuer's failure explains the others (an unknown CA also fails the chain).
        const auto unknownIssuer = std::find_if(errors.begin(), errors.end(), [](const QSslError &error) {
            return isUnknownIssuer(error.error());
        });
        return engineCertificateFailure(endpoint, unknownIssuer != errors.end() ? *unknownIssuer : errors.first());
    }
    // The engine's alerts about the client certificate, as OpenSSL names them (RFC 8446, 6.2).
    const QString engine = endpoint.displayUrl();
    const QString clientCertificate = QDir(endpoint.tlsDirectory()).filePath(QStringLiteral("cert.pem"));
    if (transportError.contains(QLatin1String("alert certificate required"))) {
        return tr("The engine at %1 requires a TLS client certificate, and Stasis had none: put cert.pem and key.pem, signed by the engine's CA, in %2.")
            .arg(engine, endpoint.tlsDirectory());
    }
    if (transportError.contains(QLatin1String("alert certificate expired"))) {
        return tr("The engine at %1 refused the TLS client certificate %2: it has expired. Ask for a new one signed by the engine's CA.")
            .arg(engine, clientCertificate);
    }
    for (const QLatin1String alert : {QLatin1String("alert unknown ca"),
                                      QLatin1String("alert bad certificate"),
                                      QLatin1String("alert decrypt error"),
                                      QLatin1String("alert certificate unknown")}) {
        if (transportError.contains(alert)) {
            return tr("The engine at %1 refused the TLS client certificate %2 (%3): the engine's CA did not sign it. Use a certificate its CA signed.")
                .arg(engine, clientCertificate, QString(alert).mid(qstrlen("alert ")));
        }
    }
    return {};
}

} // namespace Stasis
