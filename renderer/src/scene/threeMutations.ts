// Small setters for three.js objects owned by React hooks. The React Compiler's lint forbids
// mutating a hook's value inside the component; R3F's model is exactly that (three objects are
// mutable and updated outside React's render), so the mutation lives in these plain functions.
// Each asks for a frame: the map renders on demand (see renderOnDemand.ts).
import { invalidate } from '@react-three/fiber';
import type { BufferAttribute, DataTexture, Object3D, ShaderMaterial } from 'three';

export function setUniform(material: ShaderMaterial, name: string, value: unknown): void {
  const uniform = material.uniforms[name];
  if (uniform && uniform.value !== value) {
    uniform.value = value;
    invalidate();
  }
}

export function markAttributeChanged(attribute: BufferAttribute): void {
  attribute.needsUpdate = true;
  invalidate();
}

export function markTextureChanged(texture: DataTexture): void {
  texture.needsUpdate = true;
  invalidate();
}

export function setVisible(object: Object3D, visible: boolean): void {
  object.visible = visible;
  invalidate();
}

export function setStyle(
  element: HTMLElement | null,
  property: 'transform' | 'display',
  value: string,
): void {
  if (element) element.style[property] = value;
}
