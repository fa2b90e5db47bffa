import { useEffect, useState } from 'react';
import { getSimClient } from '../sim-client/simClient.ts';

export function App() {
  const [engineVersion, setEngineVersion] = useState<string>();
  useEffect(() => {
    void getSimClient().engineVersion().then(setEngineVersion);
  }, []);
  return (
    <div className="app-shell" data-testid="app-shell">
      <header>
        <h1>SCODA Corridor Simulator</h1>
      </header>
      <main>
        <p>
          Simulation engine: <span data-testid="engine-version">{engineVersion ?? 'starting…'}</span>
        </p>
      </main>
    </div>
  );
}
