#pragma once

// TlsMaterial: a throw-away certificate authority and a server certificate for
// 127.0.0.1/localhost signed by it (ECDSA P-256), generated in memory with the
// OpenSSL API at start-up, plus a random bearer token. Created once on the main
// thread; read-only afterwards.

#include <QByteArray>
#include <QString>

#include <memory>

typedef struct x509_st X509;
typedef struct evp_pkey_st EVP_PKEY;

namespace Gatehouse::Sim {

class TlsMaterial
{
public:
    // Empty error on success.
    static std::unique_ptr<TlsMaterial> generate(QString *error);
    ~TlsMaterial();
    TlsMaterial(const TlsMaterial &) = delete;
    TlsMaterial &operator=(const TlsMaterial &) = delete;

    QByteArray caCertificatePem() const { return m_caPem; }
    QByteArray serverCertificatePem() const { return m_serverPem; }
    X509 *serverCertificate() const { return m_serverCert; }
    EVP_PKEY *serverKey() const { return m_serverKey; }

    static QByteArray randomToken();

private:
    TlsMaterial() = default;

    X509 *m_caCert = nullptr;
    EVP_PKEY *m_caKey = nullptr;
    X509 *m_serverCert = nullptr;
    EVP_PKEY *m_serverKey = nullptr;
    QByteArray m_caPem;
    QByteArray m_serverPem;
};

} // namespace Gatehouse::Sim
