"""M/M/1 in SimPy 2.x (Debian's python3-simpy, old API), for kernelBench.ts.

Same model as the kernel benchmark: Poisson arrivals at rate rho, exponential service with mean 1,
one server, FIFO; customers = argv[1]. Prints one JSON object with the wall and CPU time of the
run (excluding interpreter start-up) and the mean wait in queue, as a sanity check against
rho / (1 - rho).
"""

import json
import random
import sys
import time

from SimPy.Simulation import Process, Resource, activate, hold, initialize, now, release, request, simulate


class Stats:
    waits = 0.0
    served = 0


class Customer(Process):
    def visit(self, server, service_rng):
        arrived = now()
        yield request, self, server
        Stats.waits += now() - arrived
        Stats.served += 1
        yield hold, self, service_rng.expovariate(1.0)
        yield release, self, server


class Source(Process):
    def generate(self, customers, rho, server, arrival_rng, service_rng):
        for _ in range(customers):
            c = Customer()
            activate(c, c.visit(server, service_rng))
            yield hold, self, arrival_rng.expovariate(rho)


def main():
    customers = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
    rho = float(sys.argv[2]) if len(sys.argv) > 2 else 0.8
    arrival_rng = random.Random(1)
    service_rng = random.Random(2)
    started = time.perf_counter()
    started_cpu = time.process_time()
    initialize()
    server = Resource(capacity=1)
    source = Source()
    activate(source, source.generate(customers, rho, server, arrival_rng, service_rng))
    simulate(until=1e12)
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - started_cpu
    print(json.dumps({
        "customers": customers,
        "rho": rho,
        "seconds": seconds,
        "cpuSeconds": cpu_seconds,
        "meanWaitHours": Stats.waits / max(1, Stats.served),
        "served": Stats.served,
    }))


if __name__ == "__main__":
    main()
