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

/**
 * For useFrame callbacks: sets a uniform without asking for another frame, since the frame being
 * drawn already uses the new value (setUniform from inside a frame makes R3F draw a second one,
 * which costs a whole extra frame in software WebGL).
 */
export function setFrameUniform(material: ShaderMaterial, name: string, value: unknown): void {
  const uniform = material.uniforms[name];
  if (uniform) uniform.value = value;
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
