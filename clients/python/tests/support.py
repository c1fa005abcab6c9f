import socket
from urllib.parse import urlparse


def refuses_connections(url: str) -> bool:
    address = urlparse(url)
    try:
        socket.create_connection((address.hostname, address.port), timeout=2).close()
    except ConnectionRefusedError:
        return True
    return False
